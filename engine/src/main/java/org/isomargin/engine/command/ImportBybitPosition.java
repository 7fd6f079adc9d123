package org.isomargin.engine.command;

import java.math.BigDecimal;

/** Imports a Bybit position as it stands; its margin is reserved from the wallet. */
public record ImportBybitPosition(long timestamp, long uid, String symbol, int positionIdx, int side, BigDecimal size,
                                  BigDecimal avgPrice, BigDecimal leverage, BigDecimal extraMargin,
                                  BigDecimal cumRealisedPnl) implements Command {
}
