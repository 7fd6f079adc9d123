package org.isomargin.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isomargin.engine.Engine;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.result.Result;
import org.openjdk.jmh.annotations.*;

/**
 * Add then reduce isolated margin on a Bybit position with full recomputation (positionIM, positionMM, bust,
 * liq, tier, liquidation-index refile) — the engine's hot path for POST /v5/position/add-margin — plus the
 * Hyperliquid updateIsolatedMargin path (without signature recovery, which the dialect does off-thread).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AddMarginBenchmark {
    static final String USER = "0x1111111111111111111111111111111111111111";
    Engine engine;
    BybitAddMargin add, reduce, addInverse, reduceInverse;
    long nonce;
    long uid;

    @Setup
    public void setup() {
        engine = new Engine();
        for (var m : Worlds.markets()) engine.apply(new PutMarket(1, m));
        uid = ((org.isomargin.engine.account.Account) engine.apply(new CreateAccount(1, USER, null)).payload()).uid;
        engine.apply(new Deposit(1, uid, "USDT", new BigDecimal("1000000"), null));
        engine.apply(new Deposit(1, uid, "ETH", new BigDecimal("100"), null));
        engine.apply(new Deposit(1, uid, "USDC", new BigDecimal("1000000"), null));
        engine.apply(new MarkPrices(1, List.of(new MarkPrices.Mark("BTCUSDT", new BigDecimal("60500")),
                new MarkPrices.Mark("ETHUSD", new BigDecimal("1812.90")), new MarkPrices.Mark("ETH", new BigDecimal("2000")))));
        check(engine.apply(new ImportBybitPosition(1, uid, "BTCUSDT", 0, 1, new BigDecimal("0.1"), new BigDecimal("60000"), BigDecimal.TEN, BigDecimal.ZERO, null)));
        check(engine.apply(new ImportBybitPosition(1, uid, "ETHUSD", 0, 1, new BigDecimal("200"), new BigDecimal("1812.70004844"), new BigDecimal("12"), BigDecimal.ZERO, null)));
        check(engine.apply(new ImportHlPosition(1, uid, "ETH", new BigDecimal("1"), new BigDecimal("2000"), 5, false, new BigDecimal("400"))));
        add = new BybitAddMargin(2, uid, BybitCategory.LINEAR, "BTCUSDT", 0, new BigDecimal("10.5"));
        reduce = new BybitAddMargin(2, uid, BybitCategory.LINEAR, "BTCUSDT", 0, new BigDecimal("-10.5"));
        addInverse = new BybitAddMargin(2, uid, BybitCategory.INVERSE, "ETHUSD", 0, new BigDecimal("0.01"));
        reduceInverse = new BybitAddMargin(2, uid, BybitCategory.INVERSE, "ETHUSD", 0, new BigDecimal("-0.01"));
        nonce = 1_700_000_000_000L;
    }

    private static void check(Result r) {
        if (!r.ok()) throw new IllegalStateException(r.code().name());
    }

    /** One add and one reduce: two full recomputations per invocation (ops/s below counts invocations × 2). */
    @Benchmark
    @OperationsPerInvocation(2)
    public Result bybitLinearAddThenReduce() {
        engine.apply(add);
        return engine.apply(reduce);
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public Result bybitInverseAddThenReduce() {
        engine.apply(addInverse);
        return engine.apply(reduceInverse);
    }

    /** Hyperliquid add then remove 1 USDC, each with its nonce check and liquidation-price recomputation. */
    @Benchmark
    @OperationsPerInvocation(2)
    public Result hyperliquidAddThenRemove() {
        long ts = 1_700_000_000_000L + (nonce - 1_700_000_000_000L) / 1000;
        engine.apply(new HlAction(ts, USER, nonce++, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, 1_000_000)));
        return engine.apply(new HlAction(ts, USER, nonce++, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, -1_000_000)));
    }
}
