package org.isomargin.engine.market;

import java.math.BigDecimal;

/** A perpetual market of either venue. */
public sealed interface Market permits BybitMarket, HyperliquidMarket {
    String symbol();

    Venue venue();

    String settleCoin();

    BigDecimal takerFee();

    BigDecimal makerFee();
}
