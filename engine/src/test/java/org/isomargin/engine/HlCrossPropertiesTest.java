package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.*;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.rules.hyperliquid.HlCrossRules;

/**
 * Cross positions under random marks (issue 8 item 7): the engine never throws, money is conserved, and after every
 * mark update no account is left with a cross account value below its cross maintenance margin.
 */
class HlCrossPropertiesTest {
    static final String[] ADDRESSES = {
            "0x1111111111111111111111111111111111111111",
            "0x2222222222222222222222222222222222222222",
            "0x3333333333333333333333333333333333333333"};
    static final String[] COINS = {"BTC", "ETH"};

    record Op(int kind, int who, int x, int y) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2),
                Arbitraries.integers(), Arbitraries.integers()).as(Op::new).list().ofMinSize(1).ofMaxSize(60);
    }

    private static Engine world() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("BTC", 0, 5, HlMarginMode.NORMAL, 40, 100_000, 20)));
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        mark(e, "BTC", "60000");
        mark(e, "ETH", "2000");
        for (int i = 0; i < ADDRESSES.length; i++) {
            long uid = account(e, ADDRESSES[i]);
            deposit(e, uid, "USDC", "10000");
            int side = i == 1 ? -1 : 1;
            // cross BTC (several leverages), an isolated ETH beside it for two of them
            ok(e, new ImportHlPosition(T0, uid, "BTC", d(side > 0 ? "1" : "-1"), d("60000"), 10 + 10 * i, true, null));
            if (i != 2) ok(e, new ImportHlPosition(T0, uid, "ETH", d(side > 0 ? "-1" : "1"), d("2000"), 5, false, d("400")));
        }
        return e;
    }

    private static Command command(Op op, int step, Engine e) {
        long ts = T0 + 1000L * step;
        int who = Math.floorMod(op.who(), 3);
        long uid = 1001 + who;
        String coin = COINS[Math.floorMod(op.y(), 2)];
        int side = (op.y() & 2) == 0 ? 1 : -1;
        BigDecimal mark = e.state().mark(coin);
        switch (Math.floorMod(op.kind(), 6)) {
            case 0, 1, 2: {
                // a move of up to ±25 %, 5 significant figures, always positive
                BigDecimal pct = BigDecimal.valueOf(Math.floorMod(op.x(), 501) - 250, 3);
                BigDecimal next = mark.add(mark.multiply(pct)).round(new MathContext(5));
                if (next.signum() <= 0) next = mark;
                List<MarkPrices.Mark> marks = new ArrayList<>(List.of(new MarkPrices.Mark(coin, next)));
                if ((op.y() & 4) != 0) marks.add(new MarkPrices.Mark(COINS[1 - Math.floorMod(op.y(), 2)],
                        e.state().mark(COINS[1 - Math.floorMod(op.y(), 2)])));
                return new MarkPrices(ts, marks);
            }
            case 3: {
                BigDecimal qty = coin.equals("BTC") ? BigDecimal.valueOf(Math.floorMod(op.x(), 100_000) + 1, 5)
                        : BigDecimal.valueOf(Math.floorMod(op.x(), 50_000) + 1, 4);
                return new Fill(ts, uid, coin, 0, side, qty, mark, null);
            }
            case 4: return new Deposit(ts, uid, "USDC", BigDecimal.valueOf(Math.floorMod(op.x(), 500_000) + 1, 2), null);
            default: return new Withdraw(ts, uid, "USDC", BigDecimal.valueOf(Math.floorMod(op.x(), 500_000) + 1, 2), null);
        }
    }

    @Property(tries = 200)
    void crossAccountsNeverStayBelowMaintenanceAndMoneyIsConserved(@ForAll("ops") List<Op> ops) {
        Engine e = world();
        int step = 1;
        for (Op op : ops) {
            Command c = command(op, step++, e);
            String before = e.stateHash();
            Result r = assertDoesNotThrow(() -> e.apply(c), c::toString);
            if (!r.ok()) assertEquals(before, e.stateHash(), "refused " + c + " " + r.code() + " changed the state");
            assertEquals(List.of(), e.conservationViolations(), "after " + c);
            if (c instanceof MarkPrices && r.ok()) {
                net.jqwik.api.statistics.Statistics.label("mark").collect(Engine.markEvents(r).isEmpty() ? "quiet" : "liquidation");
                for (Account a : e.state().accounts.values()) {
                    assertFalse(HlCrossRules.belowMaintenance(e.state(), a), "account " + a.uid + " below cross MM after " + c);
                    assertTrue(HlCrossRules.accountValue(e.state(), a).signum() >= 0, "negative account value for " + a.uid + " after " + c);
                }
            }
        }
    }
}
