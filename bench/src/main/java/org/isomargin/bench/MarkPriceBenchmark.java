package org.isomargin.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.*;
import org.isomargin.engine.result.Result;
import org.openjdk.jmh.annotations.*;

/**
 * One mark-price update on a market with {@code open} isolated long positions, of which {@code crossed} have
 * their liquidation price at or above the new mark. The cost must follow {@code crossed}, not {@code open}.
 * Crossed positions are liquidated by the update and re-imported before the next one (outside the measurement).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarkPriceBenchmark {
    @Param({"10000", "100000", "1000000"})
    int open;

    @Param({"0", "100"})
    int crossed;

    Engine engine;
    long[] uids;
    BigDecimal[] entries;
    MarkPrices safeA, safeB, crossing;
    boolean flip;
    long ts = 10;

    /** Entries spread 0.02 apart below 60000 at 10×: every liquidation price distinct and below the 60000 mark. */
    @Setup(Level.Trial)
    public void setup() {
        engine = new Engine();
        engine.apply(new PutMarket(1, Worlds.fineTick()));
        engine.apply(new MarkPrices(1, List.of(new MarkPrices.Mark("BTCPERP", new BigDecimal("60000")))));
        uids = new long[open];
        entries = new BigDecimal[open];
        for (int i = 0; i < open; i++) {
            Account a = (Account) engine.apply(new CreateAccount(1, null, null)).payload();
            uids[i] = a.uid;
            engine.apply(new Deposit(1, a.uid, "USDT", new BigDecimal("1000"), null));
            entries[i] = new BigDecimal("59999.98").subtract(BigDecimal.valueOf(2L * i, 2));
            importPosition(i);
        }
        safeA = new MarkPrices(1, List.of(new MarkPrices.Mark("BTCPERP", new BigDecimal("60000.0"))));
        safeB = new MarkPrices(1, List.of(new MarkPrices.Mark("BTCPERP", new BigDecimal("60000.1"))));
        // Position i has the (i+1)-th highest liquidation price; marking at position (crossed−1)'s crosses exactly `crossed`.
        BigDecimal mark = crossed == 0 ? new BigDecimal("60000.2")
                : engine.state().account(uids[crossed - 1]).bybitPositions.get("BTCPERP")[0].liqPrice;
        crossing = new MarkPrices(1, List.of(new MarkPrices.Mark("BTCPERP", mark)));
    }

    private void importPosition(int i) {
        Result r = engine.apply(new ImportBybitPosition(ts, uids[i], "BTCPERP", 0, 1, new BigDecimal("0.01"), entries[i], BigDecimal.TEN,
                BigDecimal.ZERO, null));
        if (!r.ok()) throw new IllegalStateException("import " + i + ": " + r.code());
    }

    /** Back to a safe mark and the liquidated positions re-opened, so every measured update crosses the same set. */
    @Setup(Level.Invocation)
    public void restore() {
        engine.apply(flip ? safeA : safeB);
        flip = !flip;
        for (int i = 0; i < crossed; i++) {
            if (!engine.state().account(uids[i]).bybitPositions.get("BTCPERP")[0].isOpen()) {
                engine.apply(new Deposit(ts, uids[i], "USDT", new BigDecimal("100"), null));
                importPosition(i);
            }
        }
    }

    @Benchmark
    public Result markUpdate() {
        Result r = engine.apply(crossing);
        if (Engine.markEvents(r).size() != crossed) throw new IllegalStateException("crossed " + Engine.markEvents(r).size());
        return r;
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
