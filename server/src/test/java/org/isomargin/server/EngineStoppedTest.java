package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isomargin.engine.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 items 3 and 4 (health part): a stopped engine, whatever stopped it, is a 503 {"status":"failed","reason"}
 * on /admin/health; by default the server rebuilds itself from disk in-process, with --exit-on-failure it asks to exit.
 */
class EngineStoppedTest {
    static final String TOKEN = "t";

    static BigDecimal usdt(OperatorClient op, long uid) {
        for (var b : op.get("/admin/accounts/" + uid).body().get("balances"))
            if (b.get("coin").asText().equals("USDT")) return new BigDecimal(b.get("walletBalance").asText());
        return BigDecimal.ZERO;
    }

    static long accountWith100(OperatorClient op) {
        long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
        assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"100\",\"txId\":\"d1\"}").status());
        return uid;
    }

    /** Provokes what issue 8 item 4 saw: an exception thrown inside the engine thread while applying a command. */
    static void breakEngine(IsomarginServer s) {
        var f = s.service().submit(ts -> { throw new NullPointerException("injected engine defect"); });
        assertThrows(Exception.class, () -> f.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anEngineExceptionIsA503WithTheReasonAndExitIsRequestedWithTheFlag(@TempDir Path dir) throws Exception {
        CountDownLatch exitRequested = new CountDownLatch(1);
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir).withExitOnFailure(true);
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN, exitRequested::countDown)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            long uid = accountWith100(op);
            OperatorClient.Reply ok = new OperatorClient(s.adminPort(), null).get("/admin/health");
            assertEquals(200, ok.status());
            assertEquals("ok", ok.text("status"));
            breakEngine(s);
            OperatorClient.Reply health = new OperatorClient(s.adminPort(), null).get("/admin/health");
            assertEquals(503, health.status());
            assertEquals("failed", health.text("status"));
            assertTrue(health.text("reason").contains("injected engine defect"), health.body().toString());
            assertFalse(health.text("reason").contains("journal"), health.body().toString());
            OperatorClient.Reply refused = op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"1\",\"txId\":\"d2\"}");
            assertEquals(500, refused.status());
            assertFalse(refused.body().toString().contains("journal failure"), refused.body().toString());
            assertTrue(exitRequested.await(10, TimeUnit.SECONDS), "--exit-on-failure asks the process to exit");
        }
    }

    @Test
    void anEngineExceptionIsFollowedByRecoveryFromDiskInProcess(@TempDir Path dir) throws Exception {
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir);
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            long uid = accountWith100(op);
            breakEngine(s);
            awaitHealth(s, 200, 20);
            assertNull(s.failureReason());
            assertEquals(0, new BigDecimal("100").compareTo(usdt(op, uid)), "state rebuilt from the journal");
            assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"5\",\"txId\":\"d3\"}").status());
            assertEquals(0, new BigDecimal("105").compareTo(usdt(op, uid)));
            Result r = s.service().submit(ts -> new org.isomargin.engine.command.CreateAccount(ts, null, null)).get(10, TimeUnit.SECONDS);
            assertTrue(r.ok());
        }
    }

    static OperatorClient.Reply awaitHealth(IsomarginServer s, int status, int seconds) throws InterruptedException {
        OperatorClient anon = new OperatorClient(s.adminPort(), null);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        OperatorClient.Reply r;
        do {
            r = anon.get("/admin/health");
            if (r.status() == status) return r;
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        fail("health stayed " + r.status() + " " + r.body());
        return r;
    }
}
