package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments under concurrent load, restart each time: every acknowledged operation is present,
 * an unacknowledged one is either wholly applied or absent (resending it is then applied exactly once), and
 * money is conserved per coin.
 */
class CrashRecoveryTest {
    static final String TOKEN = "crash-test-token";
    static final int WORKERS = 4;
    static final int KILLS = 5;

    /** One worker's account and what the server acknowledged to it. */
    static final class Worker {
        final long uid;
        int ackedDeposits;
        int ackedFills;
        String inFlight; // "deposit:<txId>", "fill" or null
        int seq;

        Worker(long uid) { this.uid = uid; }
    }

    /** A worker that adds 1 unit of isolated margin per signed request, through a public dialect. */
    static final class MarginWorker {
        final long uid;
        final boolean hyperliquid;
        final String key, secret;
        final Signer signer;
        int acked;
        boolean inFlight;
        long inFlightNonce;
        long lastNonce;

        MarginWorker(long uid, String key, String secret, Signer signer) {
            this.uid = uid;
            this.key = key;
            this.secret = secret;
            this.signer = signer;
            this.hyperliquid = signer != null;
        }
    }

    private static MarginWorker bybitWorker(OperatorClient op) {
        long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
        op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"100000\"}");
        var key = op.post("/admin/accounts/" + uid + "/api-keys", "{}");
        var pos = op.put("/admin/accounts/" + uid + "/positions/BTCUSDT",
                "{\"positionIdx\":0,\"side\":\"Buy\",\"size\":\"0.1\",\"avgPrice\":\"60000\",\"leverage\":\"10\",\"extraMargin\":\"0\"}");
        assertEquals(200, pos.status(), pos.body().toString());
        return new MarginWorker(uid, key.text("apiKey"), key.text("apiSecret"), null);
    }

    private static MarginWorker hyperliquidWorker(OperatorClient op, int i) {
        Signer signer = Signer.fromPrivateKey(java.math.BigInteger.valueOf(1000 + i));
        long uid = op.post("/admin/accounts", "{\"address\":\"" + signer.address() + "\"}").get("uid").asLong();
        op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDC\",\"amount\":\"100000\"}");
        var pos = op.put("/admin/accounts/" + uid + "/positions/ETH",
                "{\"szi\":\"1\",\"entryPx\":\"3000\",\"leverage\":10,\"isCross\":false,\"margin\":\"300\"}");
        assertEquals(200, pos.status(), pos.body().toString());
        return new MarginWorker(uid, null, null, signer);
    }

    @Test
    void acknowledgedOperationsSurviveKillMinusNine(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        Random rnd = new Random(42);
        List<Worker> workers = new ArrayList<>();
        ServerProcess server = ServerProcess.start(data, TOKEN, log);
        OperatorClient op = new OperatorClient(server.adminPort, TOKEN);
        for (int i = 0; i < WORKERS; i++) {
            long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
            assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"100000\",\"txId\":\"seed-" + uid + "\"}").status());
            workers.add(new Worker(uid));
        }
        // Marks at the imported entries, so the margin figures below carry no unrealised PnL.
        op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"BTCUSDT\",\"markPrice\":\"60000\"},{\"symbol\":\"ETH\",\"markPrice\":\"3000\"}]}");
        List<MarginWorker> margins = List.of(bybitWorker(op), bybitWorker(op), hyperliquidWorker(op, 1), hyperliquidWorker(op, 2));
        for (int round = 0; round < KILLS; round++) {
            AtomicBoolean stop = new AtomicBoolean();
            int port = server.adminPort;
            List<Thread> threads = new ArrayList<>();
            for (Worker w : workers) {
                Thread t = new Thread(() -> drive(w, new OperatorClient(port, TOKEN), stop));
                t.start();
                threads.add(t);
            }
            int publicPort = server.publicPort;
            for (MarginWorker w : margins) {
                Thread t = new Thread(() -> driveMargin(w, new PublicClient(publicPort), stop));
                t.start();
                threads.add(t);
            }
            Thread.sleep(300 + rnd.nextInt(1200));
            server.kill();
            stop.set(true);
            for (Thread t : threads) t.join();
            server = ServerProcess.start(data, TOKEN, log);
            op = new OperatorClient(server.adminPort, TOKEN);
            for (Worker w : workers) settle(w, op);
            for (MarginWorker w : margins) settleMargin(w, op, new PublicClient(server.publicPort));
            assertTrue(op.get("/admin/state-hash").get("conserved").asBoolean(), "money conserved after kill " + round);
        }
        int total = workers.stream().mapToInt(w -> w.ackedDeposits + w.ackedFills).sum();
        assertTrue(total > 50, "the load did real work: " + total + " acknowledged operations");
        for (MarginWorker w : margins) assertTrue(w.acked > 5, "margin worker " + w.uid + " acknowledged " + w.acked);
        server.close();
    }

    /** Sequential operations; each either acknowledged (counted) or in flight when the server died. */
    private static void drive(Worker w, OperatorClient op, AtomicBoolean stop) {
        while (!stop.get()) {
            boolean deposit = (w.seq++ & 1) == 0;
            String txId = "w" + w.uid + "-" + w.seq;
            w.inFlight = deposit ? "deposit:" + txId : "fill";
            OperatorClient.Reply r;
            try {
                r = deposit ? op.post("/admin/accounts/" + w.uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"1\",\"txId\":\"" + txId + "\"}")
                        : op.post("/admin/fills", "{\"uid\":" + w.uid + ",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"qty\":\"0.001\",\"price\":\"60000\",\"fee\":\"0\"}");
            } catch (RuntimeException connectionLost) {
                return; // in flight: the server died before answering
            }
            assertEquals(200, r.status(), r.body().toString());
            if (deposit) w.ackedDeposits++;
            else w.ackedFills++;
            w.inFlight = null;
        }
    }

    /** Signed add-margin of 1 unit at a time (Bybit under its 10/s per-UID limit; Hyperliquid with its own nonces). */
    private static void driveMargin(MarginWorker w, PublicClient pub, AtomicBoolean stop) {
        while (!stop.get()) {
            w.inFlight = true;
            try {
                if (w.hyperliquid) {
                    w.inFlightNonce = Math.max(System.currentTimeMillis(), w.lastNonce + 1);
                    w.lastNonce = w.inFlightNonce;
                    var r = pub.exchange(w.signer, new UpdateIsolatedMargin(1, true, 1_000_000), w.inFlightNonce, null);
                    assertEquals("ok", r.get("status").asText(), r.toString());
                } else {
                    var r = pub.bybitPost("/v5/position/add-margin", w.key, w.secret,
                            "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"1\",\"positionIdx\":0}");
                    assertEquals(0, r.get("retCode").asInt(), r.toString());
                    Thread.sleep(110);
                }
            } catch (RuntimeException connectionLost) {
                return;
            } catch (InterruptedException e) {
                return;
            }
            w.acked++;
            w.inFlight = false;
        }
    }

    /** The position's margin shows exactly the acknowledged adds, plus possibly the one in flight. */
    private static void settleMargin(MarginWorker w, OperatorClient op, PublicClient pub) {
        var pos = op.get("/admin/accounts/" + w.uid).get("positions").get(0);
        // Bybit positionIM = 6000·(1 + 9·0.00055)/10 + X; Hyperliquid marginUsed = 300 + added at mark = entry.
        BigDecimal base = w.hyperliquid ? new BigDecimal("300") : new BigDecimal("602.97");
        BigDecimal held = new BigDecimal(pos.get(w.hyperliquid ? "marginUsed" : "positionIM").asText());
        int applied = held.subtract(base).intValueExact();
        int extra = applied - w.acked;
        assertTrue(extra == 0 || (extra == 1 && w.inFlight), "uid " + w.uid + ": " + applied + " adds for " + w.acked + " acknowledged");
        if (w.hyperliquid && w.inFlight) {
            // Resending the in-flight action: a duplicate nonce if it was applied, applied now if it was not.
            var r = pub.exchange(w.signer, new UpdateIsolatedMargin(1, true, 1_000_000), w.inFlightNonce, null);
            if (extra == 1) assertEquals("Invalid nonce: duplicate nonce " + w.inFlightNonce, r.get("response").asText());
            else assertEquals("ok", r.get("status").asText(), r.toString());
            applied = applied + (extra == 1 ? 0 : 1);
        }
        w.acked = applied;
        w.inFlight = false;
    }

    /** After a restart: acknowledged work is there; the one in-flight operation is all or nothing. */
    private static void settle(Worker w, OperatorClient op) {
        var view = op.get("/admin/accounts/" + w.uid);
        BigDecimal wallet = new BigDecimal(view.get("balances").get(0).get("walletBalance").asText());
        BigDecimal size = view.get("positions").isEmpty() ? BigDecimal.ZERO : new BigDecimal(view.get("positions").get(0).get("size").asText());
        int deposits = wallet.subtract(new BigDecimal("100000")).intValueExact();
        int fills = size.movePointRight(3).intValueExact();
        int extraDeposit = deposits - w.ackedDeposits, extraFill = fills - w.ackedFills;
        assertTrue(extraDeposit == 0 || (extraDeposit == 1 && w.inFlight != null && w.inFlight.startsWith("deposit")),
                "uid " + w.uid + ": " + deposits + " deposits for " + w.ackedDeposits + " acknowledged, in flight " + w.inFlight);
        assertTrue(extraFill == 0 || (extraFill == 1 && "fill".equals(w.inFlight)),
                "uid " + w.uid + ": " + fills + " fills for " + w.ackedFills + " acknowledged, in flight " + w.inFlight);
        w.ackedDeposits = deposits;
        w.ackedFills = fills;
        // Resending the in-flight deposit is idempotent: applied exactly once whatever happened before.
        if (w.inFlight != null && w.inFlight.startsWith("deposit:")) {
            String txId = w.inFlight.substring("deposit:".length());
            var r = op.post("/admin/accounts/" + w.uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"1\",\"txId\":\"" + txId + "\"}");
            BigDecimal after = new BigDecimal(r.text("walletBalance"));
            assertEquals(0, after.compareTo(new BigDecimal("100000").add(BigDecimal.valueOf(w.ackedDeposits + (extraDeposit == 1 ? 0 : 1)))));
            w.ackedDeposits += extraDeposit == 1 ? 0 : 1;
        }
        w.inFlight = null;
    }
}
