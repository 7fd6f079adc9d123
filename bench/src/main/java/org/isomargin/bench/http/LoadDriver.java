package org.isomargin.bench.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientConnection;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnectOptions;
import io.vertx.core.http.PoolOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP/1.1 load driver on Vert.x: {@code shards} client event loops, each owning
 * {@code connections} keep-alive connections to the server, each connection carrying a fixed number
 * {@code depth} of outstanding (pipelined) requests. A response immediately releases its slot to the next request
 * of the same connection, so the offered load is exactly {@code shards × connections × depth} requests in flight.
 * Each shard touches only its own state on its own event loop: no locks, no shared counters, one histogram per
 * shard merged at the end. Connections are opened once and reused by every phase.
 */
final class LoadDriver implements AutoCloseable {
    private final Vertx vertx;
    private final HttpClientAgent client;
    private final List<Shard> shards = new ArrayList<>();
    final int connectionsPerShard;
    final int depth;
    /** Before a measured window, wait up to this long for other processes to use less than quietThreshold cores. */
    int quietWaitSeconds = 60;
    double quietThreshold = 0.1; // double: cores, for display (metrics, not money)

    LoadDriver(int port, int shardCount, int connectionsPerShard, int depth) throws Exception {
        this.connectionsPerShard = connectionsPerShard;
        this.depth = depth;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(shardCount).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setPipelining(depth > 1)
                        .setPipeliningLimit(Math.max(1, depth)).setTcpNoDelay(true).setDefaultHost("127.0.0.1").setDefaultPort(port)
                        .setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(connectionsPerShard * shardCount));
        for (int i = 0; i < shardCount; i++) shards.add(new Shard(vertx.getOrCreateContext()));
        List<CompletableFuture<Void>> opened = new ArrayList<>();
        for (Shard s : shards) {
            for (int c = 0; c < connectionsPerShard; c++) {
                CompletableFuture<Void> f = new CompletableFuture<>();
                opened.add(f);
                s.ctx.runOnContext(v -> client.connect(new HttpConnectOptions().setHost("127.0.0.1").setPort(port))
                        .onComplete(ar -> {
                            if (ar.failed()) {
                                f.completeExceptionally(ar.cause());
                                return;
                            }
                            Conn conn = new Conn(ar.result());
                            conn.http.closeHandler(x -> conn.closed = true);
                            s.conns.add(conn);
                            f.complete(null);
                        }));
            }
        }
        CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    int shardCount() { return shards.size(); }

    Vertx vertx() { return vertx; }

    /**
     * Runs {@code workloads} (one per shard) for {@code warmupMs}, then measures {@code measureMs}: throughput and
     * latency count the responses that complete inside the window. Then lets the requests in flight finish.
     */
    PhaseResult timed(String label, IntFunction<Workload> workloads, long warmupMs, long measureMs, ServerProcess server)
            throws Exception {
        if (measureMs > 1) Quiet.await(server.pid(), quietThreshold, quietWaitSeconds);
        List<CompletableFuture<Void>> drained = start(workloads, false);
        Thread.sleep(warmupMs);
        ThreadCpu.Machine m0 = ThreadCpu.machineNow();
        ThreadCpu.Snapshot s0 = server.cpu(), c0 = ThreadCpu.take(ProcessHandle.current().pid());
        onAll(s -> { s.clearStats(); s.measuring = true; s.windowStart = System.nanoTime(); });
        Thread.sleep(measureMs);
        onAll(s -> { s.measuring = false; s.windowEnd = System.nanoTime(); });
        ThreadCpu.Snapshot s1 = server.cpu(), c1 = ThreadCpu.take(ProcessHandle.current().pid());
        ThreadCpu.Machine m1 = ThreadCpu.machineNow();
        onAll(s -> { s.stopping = true; s.checkDrained(); });
        CompletableFuture.allOf(drained.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        return collect(label, false, s0, s1, c0, c1, m0.coresUntil(m1));
    }

    /** Sends everything the workloads hold, measuring all of it: the window runs from the first send to the last answer. */
    PhaseResult all(String label, IntFunction<Workload> workloads, ServerProcess server, long timeoutMs, boolean quiet)
            throws Exception {
        if (quiet) Quiet.await(server.pid(), quietThreshold, quietWaitSeconds);
        ThreadCpu.Machine m0 = ThreadCpu.machineNow();
        ThreadCpu.Snapshot s0 = server.cpu(), c0 = ThreadCpu.take(ProcessHandle.current().pid());
        List<CompletableFuture<Void>> drained = start(workloads, true);
        CompletableFuture.allOf(drained.toArray(CompletableFuture[]::new)).get(timeoutMs, TimeUnit.MILLISECONDS);
        ThreadCpu.Snapshot s1 = server.cpu(), c1 = ThreadCpu.take(ProcessHandle.current().pid());
        ThreadCpu.Machine m1 = ThreadCpu.machineNow();
        return collect(label, true, s0, s1, c0, c1, m0.coresUntil(m1));
    }

    private List<CompletableFuture<Void>> start(IntFunction<Workload> workloads, boolean measureAll) throws Exception {
        List<CompletableFuture<Void>> drained = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            Shard s = shards.get(i);
            Workload w = workloads.apply(i);
            CompletableFuture<Void> d = new CompletableFuture<>();
            drained.add(d);
            CompletableFuture<Void> started = new CompletableFuture<>();
            s.ctx.runOnContext(v -> {
                s.begin(w, measureAll, d);
                started.complete(null);
            });
            started.get(10, TimeUnit.SECONDS);
        }
        for (Shard s : shards) s.ctx.runOnContext(v -> s.fill());
        return drained;
    }

    private void onAll(java.util.function.Consumer<Shard> action) throws Exception {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Shard s : shards) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            done.add(f);
            s.ctx.runOnContext(v -> {
                action.accept(s);
                f.complete(null);
            });
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    }

    private PhaseResult collect(String label, boolean measureAll, ThreadCpu.Snapshot s0, ThreadCpu.Snapshot s1,
                                ThreadCpu.Snapshot c0, ThreadCpu.Snapshot c1, double machineCores) throws Exception { // metrics, not money
        Histogram h = new Histogram();
        Map<String, Long> errors = new TreeMap<>();
        long ok = 0, throttled = 0;
        double perSecond = 0; // double: a rate for display (metrics, not money)
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        for (Shard s : shards) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            s.ctx.runOnContext(v -> f.complete(null)); // happens-before for the shard's fields
            f.get(10, TimeUnit.SECONDS);
            h.add(s.hist);
            s.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            ok += s.ok;
            throttled += s.throttled;
            if (!measureAll) perSecond += s.ok * 1e9 / (s.windowEnd - s.windowStart);
            first = Math.min(first, s.firstSend);
            last = Math.max(last, s.lastDone);
        }
        double seconds = measureAll ? (last - first) / 1e9 : (s1.atNanos() - s0.atNanos()) / 1e9; // metrics, not money
        if (measureAll) perSecond = ok / seconds;
        return new PhaseResult(label, ok, seconds, perSecond, h, errors, throttled, ThreadCpu.cores(s0, s1),
                ThreadCpu.between(s0, s1), ThreadCpu.cores(c0, c1), ThreadCpu.between(c0, c1), machineCores);
    }

    @Override
    public void close() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static final class Conn {
        final HttpClientConnection http;
        volatile boolean closed;

        Conn(HttpClientConnection http) { this.http = http; }
    }

    /** One client event loop and everything it owns. Fields are touched on that loop only. */
    private final class Shard {
        final Context ctx;
        final List<Conn> conns = new ArrayList<>();
        final Histogram hist = new Histogram();
        final Map<String, Long> errors = new TreeMap<>();
        Workload w;
        int generation;
        boolean measuring, stopping, exhausted;
        int inflight;
        long ok, throttled, windowStart, windowEnd, firstSend, lastDone;
        CompletableFuture<Void> drained;

        Shard(Context ctx) { this.ctx = ctx; }

        void clearStats() {
            hist.clear();
            errors.clear();
            ok = 0;
            throttled = 0;
        }

        void begin(Workload workload, boolean measureAll, CompletableFuture<Void> done) {
            generation++;
            w = workload;
            clearStats();
            measuring = measureAll;
            stopping = false;
            exhausted = false;
            inflight = 0;
            firstSend = 0;
            lastDone = 0;
            drained = done;
        }

        void fill() {
            int gen = generation;
            for (Conn c : conns) for (int i = 0; i < depth; i++) issue(c, gen);
            checkDrained();
        }

        void checkDrained() {
            if ((stopping || exhausted) && inflight == 0 && drained != null) {
                drained.complete(null);
            }
        }

        void issue(Conn c, int gen) {
            if (gen != generation || stopping || exhausted) return;
            if (c.closed) {
                errors.merge("connection closed", 1L, Long::sum);
                return;
            }
            long now = System.nanoTime();
            long wait = w.readyInNanos(now);
            if (wait > 0) {
                throttled++;
                vertx.setTimer(Math.max(1, (wait + 999_999) / 1_000_000), id -> issue(c, gen));
                return;
            }
            Object subject = w.next(now);
            if (subject == null) {
                exhausted = true;
                checkDrained();
                return;
            }
            inflight++;
            if (firstSend == 0) firstSend = now;
            c.http.request(w.options()).onComplete(ar -> {
                if (ar.failed()) {
                    done(c, gen, now, -1, null, ar.cause());
                    return;
                }
                HttpClientRequest req = ar.result();
                Buffer body = w.prepare(req, subject);
                Future<HttpClientResponse> sent = body == null ? req.send() : req.send(body);
                sent.onComplete(r -> {
                    if (r.failed()) {
                        done(c, gen, now, -1, null, r.cause());
                        return;
                    }
                    HttpClientResponse resp = r.result();
                    int status = resp.statusCode();
                    resp.body().onComplete(b -> done(c, gen, now, status, b.result(), b.cause()));
                });
            });
        }

        private void done(Conn c, int gen, long sentAt, int status, Buffer body, Throwable failure) {
            if (gen != generation) return;
            inflight--;
            long end = System.nanoTime();
            lastDone = end;
            String err = failure != null ? "transport: " + failure.getClass().getSimpleName() : w.verify(status, body);
            if (measuring) {
                if (err == null) {
                    ok++;
                    hist.recordNanos(end - sentAt);
                } else {
                    errors.merge(err, 1L, Long::sum);
                }
            }
            if (failure != null) vertx.setTimer(10, id -> issue(c, gen));
            else issue(c, gen);
            checkDrained();
        }
    }
}
