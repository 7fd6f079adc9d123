package org.isomargin.engine.history;

import java.math.BigDecimal;

/** A Bybit or Hyperliquid order as it ended (they never rest: filled, or cancelled as IOC). */
public record OrderRecord(long orderId, String orderLinkId, String symbol, int side, String orderType,
                          BigDecimal price, BigDecimal qty, String timeInForce, String status, BigDecimal avgPrice,
                          BigDecimal cumExecQty, BigDecimal cumExecFee, boolean reduceOnly, int positionIdx,
                          long createdTime) {
}
