package org.isomargin.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.server.engine.EngineService;
import org.isomargin.server.engine.Recovery;

/**
 * Commands/s and latency through the engine service with the group-commit journal (fsync before every
 * acknowledgement) against the journal disabled, in the same run, under the same concurrent load: each client
 * thread submits add-margin / reduce-margin commands for its own account and waits for each result.
 *
 * Usage: java -cp bench/target/benchmarks.jar org.isomargin.bench.JournalLoad [clients] [seconds]
 */
public final class JournalLoad {
    private JournalLoad() {}

    record Run(String name, long commands, double seconds, Percentiles latency) { // double: elapsed time, not money
        double perSecond() { return commands / seconds; } // metrics, not money
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("isomargin-journal-load");
        List<Run> runs = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // two rounds each, interleaved, to expose machine noise
            runs.add(run("disabled", Recovery.inMemory(System::currentTimeMillis), clients, seconds));
            Path d = dir.resolve("round" + round);
            runs.add(run("fsync group commit", Recovery.open(d, System::currentTimeMillis, Long.MAX_VALUE, 1_000_000).service(), clients, seconds));
        }
        System.out.printf("clients=%d, %d s per run, %d cores%n", clients, seconds, Runtime.getRuntime().availableProcessors());
        System.out.println("| run | commands/s | p50 µs | p99 µs | p99.9 µs |");
        System.out.println("|---|---|---|---|---|");
        for (Run r : runs)
            System.out.printf("| %s | %.0f | %d | %d | %d |%n", r.name, r.perSecond(), r.latency.micros(0.50), r.latency.micros(0.99), r.latency.micros(0.999));
        double off = (runs.get(0).perSecond() + runs.get(2).perSecond()) / 2, on = (runs.get(1).perSecond() + runs.get(3).perSecond()) / 2; // metrics, not money
        System.out.printf("ratio fsync/disabled (commands/s, mean of both rounds): %.2f%n", on / off);
    }

    static Run run(String name, EngineService svc, int clients, int seconds) throws Exception {
        svc.submit(ts -> new PutMarket(ts, Worlds.markets().get(0))).get();
        svc.submit(ts -> new MarkPrices(ts, List.of(new MarkPrices.Mark("BTCUSDT", new BigDecimal("60500"))))).get();
        long[] uids = new long[clients];
        for (int i = 0; i < clients; i++) {
            uids[i] = ((org.isomargin.engine.account.Account) svc.submit(ts -> new CreateAccount(ts, null, null)).get().payload()).uid;
            long uid = uids[i];
            svc.submit(ts -> new Deposit(ts, uid, "USDT", new BigDecimal("100000"), null)).get();
            svc.submit(ts -> new ImportBybitPosition(ts, uid, "BTCUSDT", 0, 1, new BigDecimal("0.1"), new BigDecimal("60000"), BigDecimal.TEN, BigDecimal.ZERO, null)).get();
        }
        AtomicBoolean stop = new AtomicBoolean();
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        BigDecimal plus = new BigDecimal("1.5"), minus = plus.negate();
        for (int i = 0; i < clients; i++) {
            int k = i;
            lat[k] = new long[2_000_000];
            Thread t = new Thread(() -> {
                long uid = uids[k];
                boolean add = true;
                while (!stop.get()) {
                    BigDecimal amt = add ? plus : minus;
                    long t0 = System.nanoTime();
                    try {
                        if (!svc.submit(ts -> new BybitAddMargin(ts, uid, BybitCategory.LINEAR, "BTCUSDT", 0, amt)).get().ok())
                            throw new IllegalStateException("refused");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (counts[k] < lat[k].length) lat[k][counts[k]++] = System.nanoTime() - t0;
                    add = !add;
                }
            });
            threads.add(t);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
        stop.set(true);
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9; // metrics, not money
        svc.close();
        long total = 0;
        for (int c : counts) total += c;
        long[] all = new long[(int) total];
        int o = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(lat[i], 0, all, o, counts[i]);
            o += counts[i];
        }
        return new Run(name, total, elapsed, new Percentiles(all, all.length));
    }
}
