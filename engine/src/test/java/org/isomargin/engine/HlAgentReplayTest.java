package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import org.isomargin.engine.command.HlAction;
import org.isomargin.engine.command.HlActionBody;
import org.isomargin.engine.command.ImportHlPosition;
import org.isomargin.engine.command.PutMarket;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 6: agent A's signed add is applied; the master replaces A under the same name; approving A again
 * under a new name must be "Extra agent already used." (hyperliquid.md §2.4), and A's original request must never
 * be applied a second time.
 */
class HlAgentReplayTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";
    static final String A = "0x2b5ad5c4795c026514f8317c7a215e218dccd6cf";
    static final String B = "0x6813eb9362372eef6200f3b1dbc3f819671cba69";

    private static Engine world() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "1000");
        mark(e, "ETH", "3000");
        ok(e, new ImportHlPosition(T0, uid, "ETH", d("1"), d("3000"), 10, false, d("300")));
        return e;
    }

    private static BigDecimal margin(Engine e) {
        return e.state().accountByAddress(USER).hlPositions.get("ETH").margin;
    }

    @Test
    void replayAfterReplacementAndReApprovalIsNeverAppliedTwice() {
        Engine e = world();
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.ApproveAgent(A, "bot")));
        HlAction add = new HlAction(T0, A, T0 + 1, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, 5_000_000));
        ok(e, add);
        assertEquals(0, margin(e).compareTo(d("305")));
        ok(e, new HlAction(T0, USER, T0 + 2, null, null, new HlActionBody.ApproveAgent(B, "bot"))); // replaces A
        Result again = e.apply(new HlAction(T0, USER, T0 + 3, null, null, new HlActionBody.ApproveAgent(A, "other")));
        assertEquals(ResultCode.AGENT_ALREADY_USED, again.code());
        assertEquals("Extra agent already used.", again.hyperliquidMessage());
        String before = e.stateHash();
        assertFalse(e.apply(add).ok());
        assertEquals(0, margin(e).compareTo(d("305")), "the add was applied once only");
        assertEquals(before, e.stateHash());
    }

    @Test
    void removalThenReApprovalIsRefusedToo() {
        Engine e = world();
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.ApproveAgent(A, "")));
        ok(e, new HlAction(T0, A, T0 + 1, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, 5_000_000)));
        ok(e, new HlAction(T0, USER, T0 + 2, null, null,
                new HlActionBody.ApproveAgent("0x0000000000000000000000000000000000000000", "")));
        long later = T0 + 10_000;
        assertEquals(ResultCode.AGENT_ALREADY_USED,
                e.apply(new HlAction(later, USER, later, null, null, new HlActionBody.ApproveAgent(A, ""))).code());
    }

    @Test
    void theRecordOfUsedAgentsSurvivesASnapshot() {
        Engine e = world();
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.ApproveAgent(A, "bot")));
        ok(e, new HlAction(T0, A, T0 + 1, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, 5_000_000)));
        ok(e, new HlAction(T0, USER, T0 + 2, null, null, new HlActionBody.ApproveAgent(B, "bot")));
        Engine restored = Engine.restore(e.snapshot());
        assertEquals(e.stateHash(), restored.stateHash());
        assertEquals(ResultCode.AGENT_ALREADY_USED,
                restored.apply(new HlAction(T0, USER, T0 + 3, null, null, new HlActionBody.ApproveAgent(A, "other"))).code());
        assertTrue(restored.state().nonces.get(A).contains(T0 + 1), "A's nonce set is kept after replacement");
    }

    @Test
    void aSnapshotFromBeforeTheRecordStillRestores() throws Exception {
        // Written by the engine as of af9e524 (snapshot version 1, no used-agent record): USER with agent A "bot".
        byte[] v1;
        try (var in = HlAgentReplayTest.class.getResourceAsStream("/snapshots/v1-hl-agent.snap")) {
            v1 = in.readAllBytes();
        }
        Engine restored = Engine.restore(v1);
        assertTrue(restored.state().usedAgentAddresses.contains(A), "the agents a v1 snapshot holds count as used");
        assertEquals(0, margin(restored).compareTo(d("300")));
        Result again = restored.apply(new HlAction(T0, USER, T0 + 5, null, null, new HlActionBody.ApproveAgent(A, "other")));
        assertEquals(ResultCode.AGENT_ALREADY_USED, again.code());
        // Cut anywhere, a current snapshot is refused rather than read as an older layout.
        Engine e = world();
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.ApproveAgent(A, "bot")));
        byte[] snap = e.snapshot();
        assertThrows(RuntimeException.class, () -> Engine.restore(java.util.Arrays.copyOf(snap, snap.length - 4)));
    }
}
