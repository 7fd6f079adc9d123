package org.isomargin.bench.http;

import io.netty.util.AsciiString;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP load on the Bybit V5 dialect of a real server subprocess: authenticated {@code POST /v5/position/add-margin}
 * against unauthenticated {@code GET /v5/market/time}, alternating phases in one run so the ratio is measured
 * under the same conditions.
 *
 * <p>Each add-margin request is signed when it is sent: X-BAPI-TIMESTAMP is the current time, X-BAPI-SIGN is
 * lowercase hex HMAC-SHA256(secret, timestamp + apiKey + recvWindow + body) over the exact body bytes, with the header
 * set of pybit / the official Java SDK (Content-Type: application/json, X-BAPI-API-KEY, X-BAPI-SIGN,
 * X-BAPI-SIGN-TYPE: 2, X-BAPI-TIMESTAMP, X-BAPI-RECV-WINDOW: 5000) and the SDK's compact body
 * {@code {"category":"linear","symbol":"BTCUSDT","margin":"1","positionIdx":0}}; the next request of the same account
 * sends margin "-1", so each isolated position alternates add and reduce and stays valid indefinitely.
 *
 * <p>Rate limit: the server keeps Bybit's 10 requests per rolling second per UID on add-margin. The load is spread
 * round-robin over {@code --accounts} accounts and the client never reuses an account within {@code --min-gap-ms}
 * (120 ms: at most 9 requests a second per UID even with 100 ms of server-side queueing jitter). If the accounts run
 * out the driver waits (counted as "throttle waits"), so the reported rate is never inflated by 10006 refusals; any
 * refusal would show in the errors column. Throughput ceiling from accounts alone: accounts × 1000 / min-gap-ms.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.isomargin.bench.http.BybitLoad --help}
 */
public final class BybitLoad {
    static final String MAIN = "org.isomargin.bench.http.BybitLoad";
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence API_KEY = HttpHeaders.createOptimized("X-BAPI-API-KEY");
    private static final CharSequence SIGN = HttpHeaders.createOptimized("X-BAPI-SIGN");
    private static final CharSequence SIGN_TYPE = HttpHeaders.createOptimized("X-BAPI-SIGN-TYPE");
    private static final CharSequence SIGN_TYPE_HMAC = HttpHeaders.createOptimized("2");
    private static final CharSequence TIMESTAMP = HttpHeaders.createOptimized("X-BAPI-TIMESTAMP");
    private static final CharSequence RECV_WINDOW = HttpHeaders.createOptimized("X-BAPI-RECV-WINDOW");
    private static final String RECV_WINDOW_MS = "5000";
    private static final CharSequence RECV_WINDOW_VALUE = HttpHeaders.createOptimized(RECV_WINDOW_MS);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private BybitLoad() {}

    /** One account's key and its add/reduce alternation. */
    static final class Account {
        final long uid;
        final CharSequence apiKey;
        final byte[] keyAndWindow;
        final Mac mac;
        boolean add = true;
        long lastSentNanos = Long.MIN_VALUE / 4;

        Account(long uid, String apiKey, String secret) throws GeneralSecurityException {
            this.uid = uid;
            this.apiKey = HttpHeaders.createOptimized(apiKey);
            this.keyAndWindow = (apiKey + RECV_WINDOW_MS).getBytes(StandardCharsets.UTF_8);
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }
    }

    /** add-margin over a round-robin ring of accounts, each reused no sooner than minGap. */
    static final class AddMargin implements Workload {
        private final Account[] ring;
        private final long minGapNanos;
        private final RequestOptions options;
        private final byte[] addBytes, reduceBytes;
        private final Buffer addBody, reduceBody;
        private final byte[] mac = new byte[32];
        private int cursor;
        private long cachedMs = -1;
        private byte[] tsBytes;
        private CharSequence tsValue;

        AddMargin(List<Account> accounts, long minGapMs, String margin, int port) {
            this.ring = accounts.toArray(Account[]::new);
            this.minGapNanos = minGapMs * 1_000_000;
            this.options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                    .setURI("/v5/position/add-margin");
            this.addBytes = body(margin);
            this.reduceBytes = body("-" + margin);
            this.addBody = Buffer.buffer(addBytes);
            this.reduceBody = Buffer.buffer(reduceBytes);
        }

        static byte[] body(String margin) {
            return ("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"" + margin + "\",\"positionIdx\":0}")
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override public String name() { return "POST /v5/position/add-margin"; }

        @Override public RequestOptions options() { return options; }

        @Override
        public long readyInNanos(long now) {
            return Math.max(0, ring[cursor].lastSentNanos + minGapNanos - now);
        }

        @Override
        public Object next(long now) {
            Account a = ring[cursor];
            cursor = cursor + 1 == ring.length ? 0 : cursor + 1;
            a.lastSentNanos = now;
            return a;
        }

        @Override
        public Buffer prepare(HttpClientRequest req, Object subject) {
            Account a = (Account) subject;
            long ms = System.currentTimeMillis();
            if (ms != cachedMs) {
                cachedMs = ms;
                tsBytes = Long.toString(ms).getBytes(StandardCharsets.US_ASCII);
                tsValue = new AsciiString(tsBytes, false);
            }
            boolean add = a.add;
            a.add = !add;
            byte[] body = add ? addBytes : reduceBytes;
            byte[] hex = new byte[64];
            try {
                a.mac.update(tsBytes);
                a.mac.update(a.keyAndWindow);
                a.mac.update(body);
                a.mac.doFinal(mac, 0);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < 32; i++) {
                hex[2 * i] = HEX[(mac[i] >> 4) & 0xF];
                hex[2 * i + 1] = HEX[mac[i] & 0xF];
            }
            req.putHeader(CONTENT_TYPE, JSON);
            req.putHeader(API_KEY, a.apiKey);
            req.putHeader(SIGN, new AsciiString(hex, false));
            req.putHeader(SIGN_TYPE, SIGN_TYPE_HMAC);
            req.putHeader(TIMESTAMP, tsValue);
            req.putHeader(RECV_WINDOW, RECV_WINDOW_VALUE);
            return add ? addBody : reduceBody;
        }

        @Override public String verify(int status, Buffer body) { return Responses.bybit(status, body); }
    }

    /** The public server-time endpoint: no headers, no body. */
    static final class Time implements Workload {
        private final RequestOptions options;

        Time(int port) {
            options = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port).setURI("/v5/market/time");
        }

        @Override public String name() { return "GET /v5/market/time"; }

        @Override public RequestOptions options() { return options; }

        @Override public Object next(long now) { return Boolean.TRUE; }

        @Override public Buffer prepare(HttpClientRequest req, Object subject) { return null; }

        @Override public String verify(int status, Buffer body) { return Responses.bybit(status, body); }
    }

    public static void main(String[] args) throws Exception {
        Cli cli = new Cli(args);
        int accounts = cli.integer("accounts", 8000, "accounts (UIDs) sharing the add-margin load");
        long minGapMs = cli.longValue("min-gap-ms", 120, "least time between two requests of one account (limit is 10/s/UID)");
        int shards = cli.integer("client-threads", 1, "client event loops");
        int connections = cli.integer("connections", 128, "keep-alive connections per client event loop");
        int depth = cli.integer("depth", 1, "outstanding requests per connection (>1 pipelines; Vert.x serves a connection's pipelined requests one at a time)");
        long warmup = cli.longValue("warmup-seconds", 5, "warm-up before each measured window");
        long seconds = cli.longValue("seconds", 10, "measured window per phase");
        int rounds = cli.integer("rounds", 2, "rounds of (time, add-margin) phases");
        long initialWarmup = cli.longValue("initial-warmup-seconds", 10, "unmeasured load on both endpoints before round 1 (JIT)");
        String margin = cli.str("margin", "1", "USDT added then reduced per request pair");
        Harness harness = Harness.read(cli);
        cli.finish(MAIN);
        Watchdog.arm(harness.maxMinutes());

        System.err.println("starting the server …");
        try (ServerProcess server = harness.startServer();
             LoadDriver driver = new LoadDriver(server.port, shards, connections, depth);
             Operator op = new Operator(driver.vertx(), server.adminPort, server.token)) {
            driver.quietWaitSeconds = harness.quietWaitSeconds();
            System.err.println("server pid " + server.pid() + ": " + String.join(" ", server.command));
            long t0 = System.nanoTime();
            List<Account> all = setUp(op, accounts);
            System.err.printf("set up %d accounts in %.1f s%n", accounts, (System.nanoTime() - t0) / 1e9);

            List<List<Account>> parts = new ArrayList<>();
            for (int i = 0; i < shards; i++) parts.add(new ArrayList<>());
            for (int i = 0; i < all.size(); i++) parts.get(i % shards).add(all.get(i));
            AddMargin[] add = new AddMargin[shards];
            Time[] time = new Time[shards];
            for (int i = 0; i < shards; i++) {
                add[i] = new AddMargin(parts.get(i), minGapMs, margin, server.port);
                time[i] = new Time(server.port);
            }
            if (initialWarmup > 0) {
                long half = Math.max(1, initialWarmup * 1000 / 2);
                driver.timed("warm-up time", i -> time[i], half, 1, server);
                driver.timed("warm-up add-margin", i -> add[i], half, 1, server);
                System.err.println("initial warm-up done (" + initialWarmup + " s)");
            }
            List<PhaseResult[]> results = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                PhaseResult t = driver.timed("round " + r + " time", i -> time[i], warmup * 1000, seconds * 1000, server);
                System.err.println(t.summary());
                PhaseResult a = driver.timed("round " + r + " add-margin", i -> add[i], warmup * 1000, seconds * 1000, server);
                System.err.println(a.summary());
                results.add(new PhaseResult[] {t, a});
            }
            JsonObject hash = op.sync(HttpMethod.GET, "/admin/state-hash", null);
            JsonObject sample = op.sync(HttpMethod.GET, "/admin/accounts/" + all.get(0).uid, null);
            System.err.println("after the run: state-hash " + hash + "; account " + all.get(0).uid + ": " + sample);
            Responses.printSamples();
            report(cli, results, accounts, minGapMs, shards * connections * depth, server, hash.getBoolean("conserved", false));
        }
        System.exit(0);
    }

    /** Per account: create, HMAC key and 100 000 USDT deposit, then a 0.1 BTCUSDT isolated long at 10× with 5 USDT extra margin. */
    static List<Account> setUp(Operator op, int count) throws Exception {
        return op.forEach(count, 64, i -> op.call(HttpMethod.POST, "/admin/accounts", new JsonObject())
                .thenCompose(acc -> {
                    long uid = acc.getLong("uid");
                    String base = "/admin/accounts/" + uid;
                    CompletableFuture<JsonObject> key = op.call(HttpMethod.POST, base + "/api-keys", new JsonObject().put("readOnly", false));
                    CompletableFuture<JsonObject> position = op.call(HttpMethod.POST, base + "/deposits",
                                    new JsonObject().put("coin", "USDT").put("amount", "100000"))
                            .thenCompose(d -> op.call(HttpMethod.PUT, base + "/positions/BTCUSDT", new JsonObject()
                                    .put("positionIdx", 0).put("side", "Buy").put("size", "0.1").put("avgPrice", "60000")
                                    .put("leverage", "10").put("extraMargin", "5")));
                    return key.thenCombine(position, (k, p) -> {
                        try {
                            return new Account(uid, k.getString("apiKey"), k.getString("apiSecret"));
                        } catch (GeneralSecurityException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }));
    }

    private static void report(Cli cli, List<PhaseResult[]> results, int accounts, long minGapMs, int inFlight,
                               ServerProcess server, boolean conserved) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n### HTTP load: Bybit V5 add-margin vs server time\n\n");
        sb.append("Machine: ").append(ThreadCpu.machine()).append("; server and load generator on the same cores.\n");
        sb.append(String.format("Server: `%s` (subprocess, loopback). Client: Vert.x HttpClient, %d requests in flight, "
                + "%d accounts, each reused ≥ %d ms apart (Bybit limit 10/s/UID).%n%n", String.join(" ", serverCommandForDisplay(server)),
                inFlight, accounts, minGapMs));
        sb.append("| round | endpoint | requests/s | p50 ms | p99 ms | errors | server CPU (cores) | client CPU (cores) | other processes (cores) |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|\n");
        double sumTime = 0, sumAdd = 0; // double: rates for display (metrics, not money)
        for (int r = 0; r < results.size(); r++) {
            for (PhaseResult p : results.get(r)) {
                boolean isAdd = p.label().endsWith("add-margin");
                sb.append(String.format("| %d | %s | %,.0f | %s | %s | %d | %.2f | %.2f | %.2f |%n", r + 1,
                        isAdd ? "`POST /v5/position/add-margin` (HMAC-signed)" : "`GET /v5/market/time`", p.perSecond(),
                        Histogram.ms2(p.latency().micros(0.50)), Histogram.ms2(p.latency().micros(0.99)), p.errorCount(),
                        p.serverCores(), p.clientCores(), p.otherCores()));
                if (isAdd) sumAdd += p.perSecond();
                else sumTime += p.perSecond();
            }
        }
        sb.append(String.format("%nRatio add-margin / time (requests/s, same run): %s; mean %.2f.%n",
                ratios(results), sumAdd / sumTime));
        sb.append("Busiest server threads (cores) per phase:\n");
        for (PhaseResult[] pr : results)
            for (PhaseResult p : pr)
                sb.append("- ").append(p.label()).append(": ").append(ThreadCpu.describe(p.serverThreads(), 6)).append('\n');
        long throttled = 0;
        for (PhaseResult[] pr : results) throttled += pr[1].throttled();
        if (throttled > 0)
            sb.append(String.format("**Account-bound:** the per-account gap held add-margin back %d times; the rate is capped "
                    + "near accounts × 1000 / min-gap-ms = %,d/s. Raise --accounts.%n", throttled, accounts * 1000 / minGapMs));
        sb.append(String.format("State after the run: conserved=%s.%n", conserved));
        sb.append("\nCommand:\n\n```\n").append(cli.commandLine(MAIN)).append("\n```\n");
        System.out.print(sb);
    }

    static String ratios(List<PhaseResult[]> results) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < results.size(); r++) {
            if (r > 0) sb.append(", ");
            sb.append(String.format("round %d %.2f", r + 1, results.get(r)[1].perSecond() / results.get(r)[0].perSecond()));
        }
        return sb.toString();
    }

    /** The server command line with its temp paths and ports abbreviated. */
    static List<String> serverCommandForDisplay(ServerProcess server) {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (String s : server.command) {
            if (out.isEmpty()) out.add("java");
            else if (previous.equals("-jar")) out.add("server/target/isomargin.jar");
            else if (previous.equals("--port")) out.add("P");
            else if (previous.equals("--admin-port")) out.add("A");
            else if (s.startsWith(server.workDir.toString())) out.add("TMPDIR/data");
            else out.add(s);
            previous = s;
        }
        return out;
    }
}
