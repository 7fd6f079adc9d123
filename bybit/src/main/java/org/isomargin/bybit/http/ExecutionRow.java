package org.isomargin.bybit.http;

import java.math.BigDecimal;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.OrderRecord;

/** An execution with its order (null for a liquidation) and market facts, captured on the engine thread. */
record ExecutionRow(Execution execution, OrderRecord order, BigDecimal markPrice, int priceScale, int qtyScale,
                    boolean inverse) {
}
