package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
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
        for (int round = 0; round < KILLS; round++) {
            AtomicBoolean stop = new AtomicBoolean();
            int port = server.adminPort;
            List<Thread> threads = new ArrayList<>();
            for (Worker w : workers) {
                Thread t = new Thread(() -> drive(w, new OperatorClient(port, TOKEN), stop));
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
            assertTrue(op.get("/admin/state-hash").get("conserved").asBoolean(), "money conserved after kill " + round);
        }
        int total = workers.stream().mapToInt(w -> w.ackedDeposits + w.ackedFills).sum();
        assertTrue(total > 50, "the load did real work: " + total + " acknowledged operations");
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
