package org.isomargin.server;

import static org.isomargin.server.EngineStoppedTest.accountWith100;
import static org.isomargin.server.EngineStoppedTest.awaitHealth;
import static org.isomargin.server.EngineStoppedTest.usdt;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.isomargin.server.engine.EngineService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 3: the data directory's file system fills up while the server runs. The stop is logged once at
 * SEVERE with the path and cause, health says failed, and once space is freed the server recovers by itself
 * with every acknowledged deposit. A real 100 MiB tmpfs (root only; skipped where mounting is not allowed).
 */
class DiskFullWhileRunningTest {
    static final String TOKEN = "t";

    static boolean run(String... cmd) throws Exception {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }

    @Test
    void fullDiskStopsWritesVisiblyAndTheServerRecoversOnceSpaceIsFree(@TempDir Path tmp) throws Exception {
        Path mnt = Files.createDirectories(tmp.resolve("small-disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=100m", "tmpfs", mnt.toString()), "cannot mount a tmpfs here");
        AtomicInteger severe = new AtomicInteger();
        StringBuilder logged = new StringBuilder();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel() == Level.SEVERE) { severe.incrementAndGet(); logged.append(r.getMessage()); }
            }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger log = Logger.getLogger(EngineService.class.getName());
        log.addHandler(counter);
        Path data = mnt.resolve("data");
        try (IsomarginServer s = IsomarginServer.start(ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(data),
                System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            long uid = accountWith100(op);
            Path filler = mnt.resolve("filler");
            run("dd", "if=/dev/zero", "of=" + filler, "bs=1M", "count=200", "status=none"); // stops when the disk is full
            // The segment's last page may still take a few records; keep depositing until the journal hits the wall.
            int acknowledged = 0;
            int status = 200;
            for (int i = 0; i < 2000 && status == 200; i++) {
                status = op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"5\",\"txId\":\"f" + i + "\"}").status();
                if (status == 200) acknowledged++;
            }
            assertEquals(500, status, "a full disk refuses the write");
            OperatorClient.Reply health = awaitHealth(s, 503, 5);
            assertEquals("failed", health.text("status"));
            String reason = health.text("reason");
            assertTrue(reason.contains("no space left") && reason.contains(data.resolve("journal").toString()), reason);
            for (int i = 0; i < 5; i++)
                assertEquals(500, op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"5\",\"txId\":\"g" + i + "\"}").status());
            Thread.sleep(1500);
            assertEquals(503, new OperatorClient(s.adminPort(), null).get("/admin/health").status(), "still full: still failed");
            Files.delete(filler);
            awaitHealth(s, 200, 20);                                        // no restart: recovered in-process
            BigDecimal expected = new BigDecimal("100").add(new BigDecimal(5L * acknowledged));
            assertEquals(0, expected.compareTo(usdt(op, uid)), "every acknowledged deposit, nothing else");
            assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"1\",\"txId\":\"h\"}").status());
            assertEquals(0, expected.add(BigDecimal.ONE).compareTo(usdt(op, uid)));
            assertEquals(1, severe.get(), "logged once at SEVERE, not once per request: " + logged);
            assertTrue(logged.toString().contains("no space left") && logged.toString().contains(data.toString()), logged.toString());
        } finally {
            log.removeHandler(counter);
            run("umount", "-l", mnt.toString());
        }
    }

    /** With --exit-on-failure the real process exits non-zero once its journal is gone, for a supervisor to restart. */
    @Test
    void exitOnFailureEndsTheProcessWithStatus70(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        try (ServerProcess p = ServerProcess.start(data, TOKEN, tmp.resolve("server.log"), "--exit-on-failure")) {
            accountWith100(new OperatorClient(p.adminPort, TOKEN));
            DataDirectoryLostTest.deleteTree(data);
            assertEquals(IsomarginServer.EXIT_ENGINE_STOPPED, p.awaitExit(Duration.ofSeconds(20)), Files.readString(tmp.resolve("server.log")));
        }
        assertTrue(Files.readString(tmp.resolve("server.log")).contains("was deleted"));
    }
}
