package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isomargin.engine.command.*;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.HlMarginMode;
import org.junit.jupiter.api.Test;

/**
 * Hyperliquid oids and tids follow the instance too (issue 8 item 10), and stay below 2^53, the largest integer a
 * JavaScript client reads exactly from a JSON number.
 */
class HlInstanceIdTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";
    static final long JS_SAFE = 1L << 53;

    private static Engine trade(String instanceId) {
        Engine e = new Engine();
        if (instanceId != null) ok(e, new SetInstanceId(T0, instanceId));
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "100000");
        mark(e, "ETH", "3000");
        for (int i = 0; i < 4; i++) {
            var order = new HlActionBody.OrderRequest(1, i % 2 == 0, d(i % 2 == 0 ? "3100" : "2900"), d("0.1"), false, "Ioc", false, null);
            ok(e, new HlAction(T0 + i, USER, T0 + i, null, null, new HlActionBody.Order(List.of(order), "na")));
        }
        return e;
    }

    private static Set<Long> ids(Engine e) {
        Set<Long> out = new HashSet<>();
        var a = e.state().accountByAddress(USER);
        for (OrderRecord o : a.orders.items()) out.add(o.orderId());
        for (Execution x : a.executions.items()) out.add(-x.execId());
        return out;
    }

    @Test
    void oidsAndTidsDifferBetweenInstancesAndStayJavaScriptSafe() {
        Set<Long> a = ids(trade("5b0c2d1e-7f3a-4e2b-9c8d-1a2b3c4d5e6f"));
        Set<Long> b = ids(trade("node-b"));
        Set<Long> unnamed = ids(trade(null));
        assertEquals(8, a.size());
        for (Set<Long> other : List.of(b, unnamed)) {
            Set<Long> common = new HashSet<>(a);
            common.retainAll(other);
            assertEquals(Set.of(), common);
        }
        for (long id : a) assertTrue(Math.abs(id) > 0 && Math.abs(id) < JS_SAFE, Long.toString(id));
        for (long id : b) assertTrue(Math.abs(id) < JS_SAFE, Long.toString(id));
        assertEquals(a, ids(trade("5b0c2d1e-7f3a-4e2b-9c8d-1a2b3c4d5e6f")), "replay hands out the same ids");
    }
}
