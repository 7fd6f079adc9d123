package org.isomargin.engine.position;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.*;

/**
 * The index answers exactly what a scan of every open position would: longs whose trigger is at or above the
 * mark, shorts whose trigger is at or below it, for that symbol only, after any sequence of re-filings, cross
 * switches and closes.
 */
class LiquidationIndexTest {

    record Step(int position, int side, int trigger, boolean cross, boolean close) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 19), Arbitraries.of(1, -1),
                Arbitraries.integers().between(1, 60), Arbitraries.of(false, false, false, true), Arbitraries.of(false, false, false, false, true))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void crossedByMatchesAScanOfEveryPosition(@ForAll("steps") List<Step> steps, @ForAll("mark") int mark) {
        LiquidationIndex index = new LiquidationIndex();
        List<HlPosition> all = new ArrayList<>();
        // As in the engine, an account holds at most one Hyperliquid position per coin: here one ETH and one BTC.
        for (int i = 0; i < 20; i++) all.add(new HlPosition(i + 1, 100 + i / 2, i % 2 == 0 ? "ETH" : "BTC"));
        for (Step s : steps) {
            HlPosition p = all.get(s.position());
            if (s.close()) {
                p.szi = BigDecimal.ZERO;
            } else {
                p.szi = BigDecimal.valueOf(s.side());
                p.liquidationPx = BigDecimal.valueOf(s.trigger());
                p.cross = s.cross();
            }
            index.update(p);
        }
        BigDecimal m = BigDecimal.valueOf(mark);
        for (String symbol : List.of("ETH", "BTC")) {
            Set<Long> expected = new HashSet<>();
            for (HlPosition p : all) {
                if (!p.symbol.equals(symbol) || !p.isOpen() || p.cross) continue;
                int c = p.liquidationPx.compareTo(m);
                if (p.szi.signum() > 0 ? c >= 0 : c <= 0) expected.add(p.id);
            }
            Set<Long> got = new HashSet<>();
            for (Position p : index.crossedBy(symbol, m)) assertTrue(got.add(p.id), "listed twice: " + p.id);
            assertEquals(expected, got, symbol + " at " + mark);
            // Cross holders are filed per coin: exactly the open cross positions of that coin.
            Set<Long> crossHolders = new HashSet<>();
            for (HlPosition p : all) if (p.symbol.equals(symbol) && p.isOpen() && p.cross) crossHolders.add(p.uid);
            assertEquals(crossHolders, new HashSet<>(index.crossAccountsIn(List.of(symbol))), "cross holders of " + symbol);
        }
    }

    @Provide
    Arbitrary<Integer> mark() { return Arbitraries.integers().between(0, 61); }
}
