package org.isomargin.bench.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.isomargin.hyperliquid.signing.ExchangeDigest;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.SignatureRecovery;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.ExchangeRequestParser;
import org.isomargin.hyperliquid.wire.ExchangeRequestWriter;
import org.isomargin.hyperliquid.wire.Signature;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * HTTP load on the Hyperliquid dialect of a real server subprocess: signed {@code POST /exchange}
 * {@code updateIsolatedMargin}, each signer alternating +1 / −1 USDC on its isolated BTC long, against the raw
 * secp256k1 recovery rate of the library the server uses (web3j {@code Sign.signedMessageHashToKey} through the
 * project's {@link SignatureRecovery}), single-threaded and on two threads, in the same run on the same machine.
 *
 * <p>Every request is signed <em>before</em> the timed windows, with the project's {@link Signer} (RFC 6979, low s,
 * the SDKs' bytes) and written by {@link ExchangeRequestWriter} (nktkas body shape): signing costs as much as the
 * server's recovery (web3j even recovers once more to find v), so signing inside the window would take CPU from
 * the server on these shared cores and measure the client, not the server. Nonces are unique per signer:
 * {@code base + k} for the signer's k-th request, base = the wall clock when signing starts, so all of them sit
 * well inside the server's (T − 2 d, T + 1 d) window; requests go out signer-interleaved, so a signer's requests
 * reorder across connections by far less than the 100-nonce set tolerates.
 *
 * <p>Phases are counted, not timed: each round sends a warm-up slice, then a measured slice; the window of a
 * measured slice runs from its first send to its last answer.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.isomargin.bench.http.HyperliquidLoad --help}
 */
public final class HyperliquidLoad {
    static final String MAIN = "org.isomargin.bench.http.HyperliquidLoad";
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");

    private HyperliquidLoad() {}

    /** Pre-signed bodies, sent in order, once each (or round and round, for the replay warm-up). */
    static final class Presigned implements Workload {
        private final RequestOptions options;
        private final Buffer[] bodies;
        private final boolean cycle;
        private int next;

        Presigned(int port, Buffer[] bodies, boolean cycle) {
            this.options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port).setURI("/exchange");
            this.bodies = bodies;
            this.cycle = cycle;
        }

        @Override public String name() { return "POST /exchange updateIsolatedMargin"; }

        @Override public RequestOptions options() { return options; }

        @Override
        public Object next(long now) {
            if (next == bodies.length) {
                if (!cycle) return null;
                next = 0;
            }
            return bodies[next++];
        }

        @Override
        public Buffer prepare(HttpClientRequest req, Object subject) {
            req.putHeader(CONTENT_TYPE, JSON);
            return (Buffer) subject;
        }

        @Override public String verify(int status, Buffer body) { return Responses.hyperliquid(status, body); }
    }

    /** A signed request kept whole, for the recovery benchmark and the server-path estimate. */
    record Signed(byte[] body, byte[] digest, Signature signature, String signer) {}

    public static void main(String[] args) throws Exception {
        Cli cli = new Cli(args);
        int signerCount = cli.integer("signers", 256, "signing wallets, one account each");
        int shards = cli.integer("client-threads", 1, "client event loops");
        int connections = cli.integer("connections", 64, "keep-alive connections per client event loop");
        int depth = cli.integer("depth", 1, "outstanding requests per connection (>1 pipelines)");
        int initialFresh = cli.integer("initial-requests", 5_000, "fresh requests sent first, then replayed for the initial warm-up");
        int initialWarmupSeconds = cli.integer("initial-warmup-seconds", 20, "replay warm-up before round 1 (JIT)");
        int warmupRequests = cli.integer("warmup-requests", 5_000, "requests sent before each measured slice");
        int requests = cli.integer("requests", 40_000, "requests per measured slice");
        int rounds = cli.integer("rounds", 2, "rounds of (warm-up, measured) slices");
        int signThreads = cli.integer("sign-threads", Runtime.getRuntime().availableProcessors(), "threads pre-signing");
        int recoverySeconds = cli.integer("recovery-seconds", 4, "measured seconds per recovery benchmark (after each round)");
        long ntli = cli.longValue("ntli", 1_000_000, "micro-USDC added then removed per request pair");
        Harness harness = Harness.read(cli);
        cli.finish(MAIN);
        Watchdog.arm(harness.maxMinutes());
        if (harness.serverArgs().contains("mainnet")) throw new IllegalArgumentException("requests are signed for testnet");
        Network network = Network.TESTNET;

        System.err.println("starting the server …");
        try (ServerProcess server = harness.startServer();
             LoadDriver driver = new LoadDriver(server.port, shards, connections, depth);
             Operator op = new Operator(driver.vertx(), server.adminPort, server.token)) {
            driver.quietWaitSeconds = harness.quietWaitSeconds();
            System.err.println("server pid " + server.pid() + ": " + String.join(" ", server.command));
            List<Signer> signers = new ArrayList<>();
            for (int i = 0; i < signerCount; i++) signers.add(Signer.fromPrivateKey(privateKey(i)));
            long t0 = System.nanoTime();
            op.forEach(signerCount, 32, i -> {
                Signer s = signers.get(i);
                return op.call(HttpMethod.POST, "/admin/accounts", new JsonObject().put("address", s.address()))
                        .thenCompose(acc -> {
                            String base = "/admin/accounts/" + acc.getLong("uid");
                            return op.call(HttpMethod.POST, base + "/deposits", new JsonObject().put("coin", "USDC").put("amount", "100000"))
                                    .thenCompose(d -> op.call(HttpMethod.PUT, base + "/positions/BTC", new JsonObject()
                                            .put("szi", "0.01").put("entryPx", "60000").put("leverage", 20).put("isCross", false)
                                            .put("margin", "100")));
                        });
            });
            System.err.printf("set up %d signer accounts in %.1f s%n", signerCount, (System.nanoTime() - t0) / 1e9);

            int perRound = warmupRequests + requests;
            int total = initialFresh + rounds * perRound;
            long nonceBase = System.currentTimeMillis();
            t0 = System.nanoTime();
            Signed[] signed = preSign(signers, total, nonceBase, ntli, network, signThreads);
            double signSeconds = (System.nanoTime() - t0) / 1e9; // metrics, not money
            double signRate = total / signSeconds; // metrics, not money
            System.err.printf("pre-signed %d requests on %d threads in %.1f s (%.0f signatures/s); nonces %d … %d%n", total,
                    signThreads, signSeconds, signRate, nonceBase, nonceBase + (total - 1) / signerCount);
            Signed[] sample = java.util.Arrays.copyOf(signed, Math.min(signed.length, 4096));
            for (Signed s : sample) {
                if (!SignatureRecovery.recover(s.digest(), s.signature()).equals(s.signer()))
                    throw new IllegalStateException("recovery does not give the signer back");
            }

            // JIT warm-up of the whole path: fresh requests first, then replays of them for a while (each replay is parsed,
            // digested and recovered like any request, then refused by the engine as a duplicate nonce).
            System.err.println("initial warm-up: " + driver.all("warm-up fresh", slice(signed, 0, initialFresh, shards, server.port, false),
                    server, 600_000, false).summary());
            if (initialWarmupSeconds > 0) {
                driver.timed("warm-up replays (duplicate nonces)", slice(signed, 0, initialFresh, shards, server.port, true),
                        initialWarmupSeconds * 1000L, 1, server);
                System.err.println("initial warm-up: replayed for " + initialWarmupSeconds + " s");
            }
            Responses.SAMPLES.clear();
            recoveries(sample, 1, 1, 0); // warms the client's copy of the recovery code
            recoveries(sample, 2, 1, 0);

            List<PhaseResult> measured = new ArrayList<>();
            List<double[]> recovery = new ArrayList<>(); // per round: rate 1 thread, rate 2 threads, other load during each (metrics, not money)
            double path1 = 0; // metrics, not money
            for (int r = 0; r < rounds; r++) {
                int from = initialFresh + r * perRound;
                PhaseResult w = driver.all("round " + (r + 1) + " warm-up", slice(signed, from, warmupRequests, shards, server.port, false),
                        server, 600_000, false);
                System.err.println(w.summary());
                PhaseResult m = driver.all("round " + (r + 1) + " updateIsolatedMargin",
                        slice(signed, from + warmupRequests, requests, shards, server.port, false), server, 600_000, true);
                System.err.println(m.summary());
                measured.add(m);
                Quiet.await(server.pid(), driver.quietThreshold, harness.quietWaitSeconds());
                double[] r1 = measureRecoveries(sample, 1, recoverySeconds, server.pid()); // metrics, not money
                Quiet.await(server.pid(), driver.quietThreshold, harness.quietWaitSeconds());
                double[] r2 = measureRecoveries(sample, 2, recoverySeconds, server.pid()); // metrics, not money
                recovery.add(new double[] {r1[0], r2[0], r1[1], r2[1]}); // metrics, not money
                System.err.printf("round %d recoveries/s: 1 thread %.0f (other processes %.2f cores), 2 threads %.0f (other %.2f)%n",
                        r + 1, r1[0], r1[1], r2[0], r2[1]);
                if (r == 0) {
                    path1 = serverPath(sample, network, recoverySeconds);
                    System.err.printf("parse + digest + recover, 1 thread: %.0f/s%n", path1);
                }
            }
            JsonObject hash = op.sync(HttpMethod.GET, "/admin/state-hash", null);
            JsonObject sampleAccount = op.sync(HttpMethod.GET, "/admin/accounts/1001", null);
            System.err.println("after the run: state-hash " + hash + "; account 1001: " + sampleAccount);
            Responses.printSamples();
            report(cli, measured, recovery, path1, signRate, signThreads, signerCount, shards * connections * depth, server,
                    hash.getBoolean("conserved", false));
        }
        System.exit(0);
    }

    /** Deterministic, distinct test keys: keccak256("isomargin-bench-signer-i") reduced into [1, n−1]. */
    static BigInteger privateKey(int i) {
        BigInteger n = Sign.CURVE_PARAMS.getN();
        BigInteger k = new BigInteger(1, Hash.sha3(("isomargin-bench-signer-" + i).getBytes(StandardCharsets.UTF_8)));
        return k.mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    /**
     * Request j is signer j mod S's (j div S)-th: nonce base + j div S, ntli +x on even, −x on odd. Signed on
     * {@code threads} threads before any timed window.
     */
    static Signed[] preSign(List<Signer> signers, int total, long nonceBase, long ntli, Network network, int threads)
            throws Exception {
        Signed[] out = new Signed[total];
        int s = signers.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong cursor = new AtomicLong();
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (int j = (int) cursor.getAndIncrement(); j < total; j = (int) cursor.getAndIncrement()) {
                        Signer signer = signers.get(j % s);
                        int k = j / s;
                        UpdateIsolatedMargin action = new UpdateIsolatedMargin(0, true, k % 2 == 0 ? ntli : -ntli);
                        ExchangeRequest req = signer.l1Request(action, nonceBase + k, null, null, network);
                        out[j] = new Signed(ExchangeRequestWriter.toBytes(req), ExchangeDigest.of(req, network), req.signature(),
                                signer.address());
                    }
                }));
            }
            for (Future<?> f : jobs) f.get();
        } finally {
            pool.shutdown();
        }
        return out;
    }

    /** Splits [from, from + count) across shards (j mod shards), keeping each shard's order. */
    private static java.util.function.IntFunction<Workload> slice(Signed[] signed, int from, int count, int shards, int port,
                                                                  boolean cycle) {
        Presigned[] w = new Presigned[shards];
        for (int i = 0; i < shards; i++) {
            List<Buffer> mine = new ArrayList<>();
            for (int j = i; j < count; j += shards) mine.add(Buffer.buffer(signed[from + j].body()));
            w[i] = new Presigned(port, mine.toArray(Buffer[]::new), cycle);
        }
        return i -> w[i];
    }

    /** SignatureRecovery.recover on {@code threads} threads: {@code warmup} s, then {@code seconds} measured; recoveries/s. */
    static double recoveries(Signed[] sample, int threads, int warmup, int seconds) throws Exception { // metrics, not money
        return timedLoop(threads, warmup, seconds, (i, sink) -> {
            Signed s = sample[i % sample.length];
            return SignatureRecovery.recover(s.digest(), s.signature()).length();
        });
    }

    /** {recoveries/s, cores used by other processes meanwhile}. */
    static double[] measureRecoveries(Signed[] sample, int threads, int seconds, long serverPid) throws Exception { // metrics, not money
        long self = ProcessHandle.current().pid();
        ThreadCpu.Machine m0 = ThreadCpu.machineNow();
        ThreadCpu.Snapshot a0 = ThreadCpu.take(self), b0 = ThreadCpu.take(serverPid);
        double rate = recoveries(sample, threads, 1, seconds); // metrics, not money
        ThreadCpu.Snapshot a1 = ThreadCpu.take(self), b1 = ThreadCpu.take(serverPid);
        ThreadCpu.Machine m1 = ThreadCpu.machineNow();
        double other = Math.max(0, m0.coresUntil(m1) - ThreadCpu.cores(a0, a1) - ThreadCpu.cores(b0, b1)); // metrics, not money
        return new double[] {rate, other}; // metrics, not money
    }

    /** What the server's event loop does per request before the engine: parse the body, rebuild the digest, recover. */
    static double serverPath(Signed[] sample, Network network, int seconds) throws Exception { // metrics, not money
        return timedLoop(1, 1, seconds, (i, sink) -> {
            Signed s = sample[i % sample.length];
            try {
                ExchangeRequest req = ExchangeRequestParser.parse(s.body());
                return SignatureRecovery.recover(ExchangeDigest.of(req, network), req.signature()).length();
            } catch (org.isomargin.hyperliquid.wire.WireFormatException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface Op {
        int run(int i, long sink);
    }

    /** Runs {@code op} on {@code threads} threads; answers operations per second over the measured seconds. */
    static double timedLoop(int threads, int warmup, int seconds, Op op) throws Exception { // metrics, not money
        AtomicLong done = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger phase = new java.util.concurrent.atomic.AtomicInteger(); // 0 warm, 1 measure, 2 stop
        List<Thread> ts = new ArrayList<>();
        long[] sinks = new long[threads * 16];
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                long n = 0, sink = 0;
                int i = id * 997;
                while (phase.get() == 0) sink += op.run(i++, sink);
                while (phase.get() == 1) {
                    sink += op.run(i++, sink);
                    n++;
                }
                done.addAndGet(n);
                sinks[id * 16] = sink;
            }, "recovery-" + t);
            ts.add(th);
            th.start();
        }
        Thread.sleep(warmup * 1000L);
        long start = System.nanoTime();
        phase.set(1);
        Thread.sleep(seconds * 1000L);
        phase.set(2);
        long end = System.nanoTime();
        for (Thread th : ts) th.join();
        return done.get() / ((end - start) / 1e9);
    }

    private static void report(Cli cli, List<PhaseResult> measured, List<double[]> recovery, double path1, double signRate, // metrics, not money
                               int signThreads, int signers, int inFlight, ServerProcess server, boolean conserved) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n### HTTP load: Hyperliquid `/exchange` updateIsolatedMargin vs secp256k1 recovery\n\n");
        sb.append("Machine: ").append(ThreadCpu.machine()).append("; server and load generator on the same cores.\n");
        sb.append(String.format("Server: `%s` (subprocess, loopback, testnet signatures). Client: Vert.x HttpClient, %d requests in "
                        + "flight, %d signers; every request pre-signed before the timed windows (%,.0f signatures/s on %d threads). "
                        + "Recovery: web3j `Sign.signedMessageHashToKey` via `SignatureRecovery.recover` in the load generator, "
                        + "right after each measured slice, server idle.%n%n",
                String.join(" ", BybitLoad.serverCommandForDisplay(server)), inFlight, signers, signRate, signThreads));
        sb.append("| round | requests/s | p50 ms | p99 ms | errors | recoveries/s 1 thread | recoveries/s 2 threads "
                + "| requests ÷ recoveries (1 thread) | requests ÷ recoveries (2 threads) | server CPU (cores) | client CPU (cores) "
                + "| other processes (cores) |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        double sum = 0, sum1 = 0, sum2 = 0; // double: rates for display (metrics, not money)
        for (int r = 0; r < measured.size(); r++) {
            PhaseResult p = measured.get(r);
            double[] rec = recovery.get(r); // metrics, not money
            sum += p.perSecond();
            sum1 += rec[0];
            sum2 += rec[1];
            sb.append(String.format("| %d | %,.0f | %s | %s | %d | %,.0f | %,.0f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", r + 1,
                    p.perSecond(), Histogram.ms2(p.latency().micros(0.50)), Histogram.ms2(p.latency().micros(0.99)),
                    p.errorCount(), rec[0], rec[1], p.perSecond() / rec[0], p.perSecond() / rec[1], p.serverCores(),
                    p.clientCores(), Math.max(p.otherCores(), Math.max(rec[2], rec[3]))));
        }
        int n = measured.size();
        sb.append(String.format("| mean | %,.0f | | | | %,.0f | %,.0f | %.2f | %.2f | | | |%n", sum / n, sum1 / n, sum2 / n,
                sum / sum1, sum / sum2));
        sb.append(String.format("%nParse + digest + recover (the server's per-request signature work), 1 thread: %,.0f/s.%n", path1));
        sb.append("Busiest server threads (cores) per measured slice:\n");
        for (PhaseResult p : measured) sb.append("- ").append(p.label()).append(": ").append(ThreadCpu.describe(p.serverThreads(), 6)).append('\n');
        sb.append(String.format("State after the run: conserved=%s.%n", conserved));
        sb.append("\nCommand:\n\n```\n").append(cli.commandLine(MAIN)).append("\n```\n");
        System.out.print(sb);
    }
}
