package org.isomargin.bybit.http;

import java.math.BigDecimal;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.OrderRecord;

/** An execution with its order (null for a liquidation) and market facts, captured on the engine thread. */
record ExecutionRow(Execution execution, OrderRecord order, BigDecimal markPrice, int priceScale, int qtyScale,
                    boolean inverse) {

    /**
     * orderPrice as the venue prints it: never "0". A Limit order shows its limit. Bybit gives a Market order the
     * price that bounds its fills (its example: Market Buy, orderPrice "1236.9" above execPrice "1190.15"); here a
     * Market order, and the liquidation close, is bounded by exactly the one price it fills at, so that is printed.
     */
    String orderPrice() {
        BigDecimal limit = order == null ? null : order.price();
        return Wire.price(limit != null ? limit : execution.price(), priceScale);
    }
}
