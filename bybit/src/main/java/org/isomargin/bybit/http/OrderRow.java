package org.isomargin.bybit.http;

import org.isomargin.engine.history.OrderRecord;

/** An order record with what rendering needs from its market, captured on the engine thread. */
record OrderRow(OrderRecord order, String category, int priceScale, int qtyScale, boolean inverse) {
}
