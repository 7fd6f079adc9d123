package org.isomargin.engine.history;

import java.math.BigDecimal;

/**
 * One fill against a position (trade, or the liquidation close at the bankruptcy price). {@code closedPnl} is the
 * gross PnL of the part that closed; {@code startPosition} the signed size before the fill.
 */
public record Execution(long execId, long orderId, String orderLinkId, String symbol, int side, BigDecimal qty,
                        BigDecimal price, BigDecimal fee, BigDecimal feeRate, BigDecimal closedSize,
                        BigDecimal closedPnl, BigDecimal startPosition, int positionIdx, Kind kind, long time) {

    public enum Kind { TRADE, LIQUIDATION }
}
