package org.isomargin.bybit.http;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitMarket;

/** A market (an immutable record) with its mark price at read time; mark is null before the first update. */
record MarketQuote(BybitMarket market, BigDecimal mark) {
}
