package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import org.isomargin.engine.command.*;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.BybitCategory;
import org.junit.jupiter.api.Test;

/** An oversized reduce-only order is shrunk to the position, and its record says so consistently. */
class BybitReduceOnlyOrderTest {

    @Test
    void oversizedReduceOnlyMarketOrderIsRecordedAtThePositionSize() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "100000");
        mark(e, "BTCUSDT", "60000");
        ok(e, new BybitPlaceOrder(T0, uid, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("3"), null, null, false, 0, null));
        OrderRecord o = (OrderRecord) ok(e, new BybitPlaceOrder(T0, uid, BybitCategory.LINEAR, "BTCUSDT", -1, "Market", d("5"),
                null, null, true, 0, null)).payload();
        assertEquals(0, o.qty().compareTo(d("3")));
        assertEquals(0, o.cumExecQty().compareTo(d("3")));
        assertEquals("Filled", o.status());
        assertEquals(0, e.state().account(uid).bybitPositions.get("BTCUSDT")[0].size.signum());
        // The fee is charged on what executed: 3 × 60000 × 0.00055.
        assertEquals(0, o.cumExecFee().compareTo(d("99")));
    }
}
