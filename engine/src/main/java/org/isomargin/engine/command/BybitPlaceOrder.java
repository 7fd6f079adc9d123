package org.isomargin.engine.command;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitCategory;

/**
 * POST /v5/order/create. Market orders, and Limit orders priced through the mark, fill at once at the mark
 * with the taker fee; there is no order book, so anything else is refused.
 */
public record BybitPlaceOrder(long timestamp, long uid, BybitCategory category, String symbol, int side,
                              String orderType, BigDecimal qty, BigDecimal price, String timeInForce,
                              boolean reduceOnly, int positionIdx, String orderLinkId) implements Command {
}
