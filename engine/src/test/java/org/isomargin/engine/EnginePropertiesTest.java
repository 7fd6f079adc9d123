package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.*;
import net.jqwik.api.statistics.Statistics;
import org.isomargin.engine.RandomWorld.Op;
import org.isomargin.engine.codec.CommandCodec;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.result.Result;

/** Invariants over random command sequences: conservation, refusals change nothing, replay determinism. */
class EnginePropertiesTest {

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 2),
                Arbitraries.integers(), Arbitraries.integers()).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    private static Engine world(List<Command> log) {
        Engine e = new Engine();
        for (Command c : RandomWorld.setup()) {
            ok(e, c);
            log.add(c);
        }
        return e;
    }

    @Property(tries = 150)
    void moneyIsConservedAndRefusalsChangeNothing(@ForAll("ops") List<Op> ops) {
        List<Command> log = new ArrayList<>();
        Engine e = world(log);
        int step = 1;
        for (Op op : ops) {
            Command c = RandomWorld.command(op, step++, e);
            String before = e.stateHash();
            Result r = e.apply(c);
            log.add(c);
            Statistics.label("outcome").collect(c.getClass().getSimpleName() + (c instanceof HlAction h ? "." + h.body().getClass().getSimpleName() : "")
                    + " " + (r.ok() ? (c instanceof MarkPrices && !Engine.markEvents(r).isEmpty() ? "TRIGGERED" : "OK") : r.code().name()));
            if (!r.ok()) {
                if (c instanceof HlAction h && Engine.changedState(c, r)) {
                    // A refused Hyperliquid action may only have used its nonce: same as a noop with that nonce.
                    assertEquals(noopTwin(log.subList(0, log.size() - 1), h), e.stateHash(), "refused " + c + " " + r.code());
                } else {
                    assertEquals(before, e.stateHash(), "refused " + c + " " + r.code() + " changed the state");
                }
            }
            assertEquals(List.of(), e.conservationViolations(), "after " + c);
            for (var a : e.state().accounts.values())
                for (String coin : List.of("USDT", "ETH", "USDC"))
                    if (!coin.equals("USDC")) assertTrue(e.state().available(a, coin).signum() >= 0 || hasLossBeyondMargin(e, a),
                            "negative available " + coin + " for " + a.uid + " after " + c);
        }
    }

    private static boolean hasLossBeyondMargin(Engine e, org.isomargin.engine.account.Account a) { return false; }

    private static String noopTwin(List<Command> prefix, HlAction refused) {
        Engine twin = new Engine();
        for (Command c : prefix) twin.apply(c);
        twin.apply(new HlAction(refused.timestamp(), refused.signer(), refused.nonce(), refused.expiresAfter(),
                refused.vaultAddress(), new HlActionBody.Noop()));
        return twin.stateHash();
    }

    @Property(tries = 100)
    void replayAndSnapshotGiveTheSameStateHash(@ForAll("ops") List<Op> ops) {
        List<Command> log = new ArrayList<>();
        Engine e = world(log);
        int step = 1;
        Engine restoredMidway = null;
        int half = ops.size() / 2;
        for (Op op : ops) {
            Command c = RandomWorld.command(op, step++, e);
            e.apply(c);
            log.add(c);
            if (step - 1 == half) restoredMidway = Engine.restore(e.snapshot());
            else if (restoredMidway != null) restoredMidway.apply(c);
        }
        Engine replayed = new Engine();
        for (Command c : log) replayed.apply(CommandCodec.decode(CommandCodec.encode(c)));
        assertEquals(e.stateHash(), replayed.stateHash());
        assertEquals(e.stateHash(), Engine.restore(e.snapshot()).stateHash());
        if (restoredMidway != null) assertEquals(e.stateHash(), restoredMidway.stateHash());
    }

    @Property(tries = 150)
    void bybitAddThenReduceRestoresAndMovesLiqAwayFromMark(@ForAll("ops") List<Op> ops,
                                                          @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 5_000_000) int tenThousandths) {
        List<Command> log = new ArrayList<>();
        Engine e = world(log);
        int step = 1;
        for (Op op : ops) e.apply(RandomWorld.command(op, step++, e));
        BigDecimal amount = BigDecimal.valueOf(tenThousandths, 4);
        for (var a : e.state().accounts.values()) {
            for (var entry : a.bybitPositions.entrySet()) {
                BybitPosition p = entry.getValue()[0];
                if (p == null || !p.isOpen() || !p.isolated) continue;
                BybitCategory cat = e.state().bybitMarket(p.symbol).category();
                BigDecimal im = p.positionIM, bust = p.bustPrice, liq = p.liqPrice;
                BigDecimal amt = cat == BybitCategory.INVERSE ? amount.movePointLeft(3).setScale(4, java.math.RoundingMode.DOWN) : amount;
                if (amt.signum() == 0) continue;
                Result add = e.apply(new BybitAddMargin(T0 + 999_000, a.uid, cat, p.symbol, 0, amt));
                if (!add.ok()) continue;
                if (liq != null && p.liqPrice != null) {
                    // Adding margin: a long's liquidation price falls, a short's rises (never toward the mark).
                    assertTrue(p.side > 0 ? p.liqPrice.compareTo(liq) <= 0 : p.liqPrice.compareTo(liq) >= 0, "liq moved toward mark");
                }
                Result reduce = e.apply(new BybitAddMargin(T0 + 999_001, a.uid, cat, p.symbol, 0, amt.negate()));
                if (!reduce.ok()) continue; // reducing can be refused when the mark sits near the restored liq price
                assertEquals(im, p.positionIM);
                assertEquals(bust, p.bustPrice);
                assertEquals(liq, p.liqPrice);
            }
        }
    }

    @Property(tries = 150)
    void hyperliquidAddThenRemoveRestoresAndMovesLiqAwayFromMark(@ForAll("ops") List<Op> ops,
                                                                @ForAll @net.jqwik.api.constraints.IntRange(min = 1_000_000, max = 500_000_000) int ntli) {
        List<Command> log = new ArrayList<>();
        Engine e = world(log);
        int step = 1;
        for (Op op : ops) e.apply(RandomWorld.command(op, step++, e));
        long nonce = T0 + 10_000_000;
        for (int i = 0; i < 3; i++) {
            var a = e.state().account(1001 + i);
            HlPosition p = a.hlPositions.get("ETH");
            if (p == null || !p.isOpen() || p.cross) continue;
            BigDecimal margin = p.margin, liq = p.liquidationPx;
            BigDecimal mark = e.state().mark("ETH");
            // Removal must leave max(IM, 10 % of notional); above 10× a fresh position starts below that floor.
            boolean removableAfter = org.isomargin.engine.rules.hyperliquid.HlIsolatedRules.equity(p, mark)
                    .compareTo(org.isomargin.engine.rules.hyperliquid.HlIsolatedRules.transferFloor(p, mark)) >= 0;
            Result add = e.apply(new HlAction(T0 + 9_999_000, RandomWorld.ADDRESSES[i], nonce++, null, null,
                    new HlActionBody.UpdateIsolatedMargin(1, true, ntli)));
            if (!add.ok()) continue;
            if (liq != null && p.liquidationPx != null)
                assertTrue(p.szi.signum() > 0 ? p.liquidationPx.compareTo(liq) < 0 : p.liquidationPx.compareTo(liq) > 0,
                        "liq " + liq + " → " + p.liquidationPx);
            Result remove = e.apply(new HlAction(T0 + 9_999_000, RandomWorld.ADDRESSES[i], nonce++, null, null,
                    new HlActionBody.UpdateIsolatedMargin(1, true, -ntli)));
            assertEquals(removableAfter, remove.ok(), "removing what was just added: " + remove.code());
            if (!remove.ok()) continue;
            assertEquals(margin, p.margin);
            assertEquals(liq, p.liquidationPx);
        }
    }
}
