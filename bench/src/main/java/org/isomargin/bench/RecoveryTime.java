package org.isomargin.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.result.Result;
import org.isomargin.server.engine.EngineService;
import org.isomargin.server.engine.Recovery;

/**
 * Recovery time from a snapshot plus N journaled commands (default 1,000,000 add/reduce-margin commands over
 * 1,000 accounts, after a snapshot of the set-up). Prints the time of each of three recoveries.
 *
 * Usage: java -cp bench/target/benchmarks.jar org.isomargin.bench.RecoveryTime [commands]
 */
public final class RecoveryTime {
    private RecoveryTime() {}

    public static void main(String[] args) throws Exception {
        int commands = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int accounts = 1000;
        Path dir = Files.createTempDirectory("isomargin-recovery");
        String hash;
        try (EngineService svc = Recovery.open(dir, System::currentTimeMillis, Long.MAX_VALUE, 1_000_000).service()) {
            svc.submit(ts -> new PutMarket(ts, Worlds.markets().get(0))).get();
            svc.submit(ts -> new MarkPrices(ts, List.of(new MarkPrices.Mark("BTCUSDT", new BigDecimal("60500"))))).get();
            for (int i = 0; i < accounts; i++) {
                long uid = ((org.isomargin.engine.account.Account) svc.submit(ts -> new CreateAccount(ts, null, null)).get().payload()).uid;
                svc.submit(ts -> new Deposit(ts, uid, "USDT", new BigDecimal("100000"), null)).get();
                svc.submit(ts -> new ImportBybitPosition(ts, uid, "BTCUSDT", 0, 1, new BigDecimal("0.1"), new BigDecimal("60000"), BigDecimal.TEN, BigDecimal.ZERO, null)).get();
            }
            svc.snapshotNow().get();
            BigDecimal plus = new BigDecimal("1.5"), minus = plus.negate();
            List<CompletableFuture<Result>> window = new ArrayList<>();
            for (int i = 0; i < commands; i++) {
                long uid = 1001 + (i % accounts);
                BigDecimal amt = (i / accounts) % 2 == 0 ? plus : minus;
                window.add(svc.submit(ts -> new BybitAddMargin(ts, uid, BybitCategory.LINEAR, "BTCUSDT", 0, amt)));
                if (window.size() == 10_000) {
                    for (var f : window) if (!f.get().ok()) throw new IllegalStateException("refused");
                    window.clear();
                }
            }
            for (var f : window) f.get();
            hash = svc.read(e -> e.stateHash()).get();
        }
        long bytes;
        try (var s = Files.walk(dir.resolve("journal"))) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("journal: %d commands after the snapshot, %.1f MiB%n", commands, bytes / 1048576.0);
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            Recovery.Opened o = Recovery.open(dir, System::currentTimeMillis, Long.MAX_VALUE, 1_000_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String after = o.service().read(e -> e.stateHash()).get();
            o.service().close();
            System.out.printf("recovery %d: %d ms (replayed %d, same stateHash: %s)%n", run, ms, o.replayed(), after.equals(hash));
        }
    }
}
