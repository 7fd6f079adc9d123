package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isomargin.engine.codec.CommandCodec;
import org.isomargin.engine.command.*;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.Test;

/**
 * SetInstanceId: Bybit order and execution ids of two differently named instances never coincide, replay of the
 * same journal hands out the same ids, and the id can be set only once (docs/durability.md "Instance id").
 */
class InstanceIdTest {

    /** The same trading session on a fresh engine; returns the journal (commands as encoded bytes, decoded back). */
    private static List<Command> session(String instanceId) {
        List<Command> log = new ArrayList<>();
        if (instanceId != null) log.add(new SetInstanceId(T0, instanceId));
        log.add(new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        log.add(new CreateAccount(T0, null, null));
        log.add(new Deposit(T0, EngineStateUid.FIRST, "USDT", d("100000"), null));
        log.add(new MarkPrices(T0, List.of(new MarkPrices.Mark("BTCUSDT", d("60000")))));
        for (int i = 0; i < 5; i++)
            log.add(new BybitPlaceOrder(T0 + i, EngineStateUid.FIRST, BybitCategory.LINEAR, "BTCUSDT", i % 2 == 0 ? 1 : -1, "Market",
                    d("0.01"), null, null, false, 0, null));
        return log;
    }

    private static final class EngineStateUid { static final long FIRST = org.isomargin.engine.state.EngineState.FIRST_UID; }

    private static Engine run(List<Command> log) {
        Engine e = new Engine();
        for (Command c : log) ok(e, CommandCodec.decode(CommandCodec.encode(c)));
        return e;
    }

    private static Set<Long> ids(Engine e) {
        Set<Long> out = new HashSet<>();
        var a = e.state().account(EngineStateUid.FIRST);
        for (OrderRecord o : a.orders.items()) out.add(o.orderId());
        for (Execution x : a.executions.items()) out.add(-x.execId()); // sign keeps order and exec ids apart in one set
        return out;
    }

    @Test
    void twoNamedInstancesNeverShareIdsAndReplayRepeatsThem() {
        Engine a = run(session("2f1c7a9e-0b5d-4c1e-9a7f-3d2b1e0c9f11"));
        Engine b = run(session("8d3e5f60-1a2b-4c3d-8e9f-a0b1c2d3e4f5"));
        Engine unnamed = run(session(null));
        Set<Long> ia = ids(a), ib = ids(b), iu = ids(unnamed);
        assertEquals(10, ia.size());
        Set<Long> common = new HashSet<>(ia);
        common.retainAll(ib);
        assertEquals(Set.of(), common, "two instances handed out the same ids");
        common = new HashSet<>(ia);
        common.retainAll(iu);
        assertEquals(Set.of(), common, "a named instance reused an unnamed one's ids");
        for (long id : ia) assertTrue(Math.abs(id) > 0);
        // Replaying a's journal gives the same ids and the same state; so does a snapshot round trip.
        Engine again = run(session("2f1c7a9e-0b5d-4c1e-9a7f-3d2b1e0c9f11"));
        assertEquals(ia, ids(again));
        assertEquals(a.stateHash(), again.stateHash());
        Engine restored = Engine.restore(a.snapshot());
        assertEquals(a.stateHash(), restored.stateHash());
        assertEquals("2f1c7a9e-0b5d-4c1e-9a7f-3d2b1e0c9f11", restored.state().instanceId);
        // The restored engine continues the same named sequence: its next order id is unlike b's next one.
        BybitPlaceOrder next = new BybitPlaceOrder(T0 + 9, EngineStateUid.FIRST, BybitCategory.LINEAR, "BTCUSDT", 1, "Market",
                d("0.01"), null, null, false, 0, null);
        long fromA = ((OrderRecord) ok(restored, next).payload()).orderId();
        long fromB = ((OrderRecord) ok(b, next).payload()).orderId();
        assertNotEquals(fromA, fromB);
        assertEquals(fromA, ((OrderRecord) ok(a, next).payload()).orderId());
    }

    @Test
    void instanceIdIsSetOnceAndMustBeWellFormed() {
        Engine e = new Engine();
        for (String bad : new String[] {null, "", "has space", "x".repeat(65), "ünï"}) {
            String before = e.stateHash();
            Result r = e.apply(new SetInstanceId(T0, bad));
            assertEquals(ResultCode.INVALID_PARAMETER, r.code(), String.valueOf(bad));
            assertEquals(before, e.stateHash());
        }
        ok(e, new SetInstanceId(T0, "node-a"));
        String before = e.stateHash();
        assertEquals(ResultCode.INSTANCE_ID_SET, e.apply(new SetInstanceId(T0, "node-b")).code());
        assertEquals(ResultCode.INSTANCE_ID_SET, e.apply(new SetInstanceId(T0, "node-a")).code());
        assertEquals(before, e.stateHash());
        assertEquals("node-a", e.state().instanceId);
    }
}
