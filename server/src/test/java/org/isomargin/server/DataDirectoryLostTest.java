package org.isomargin.server;

import static org.isomargin.server.EngineStoppedTest.accountWith100;
import static org.isomargin.server.EngineStoppedTest.awaitHealth;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 2: the data directory removed under a running server. Writes must stop being acknowledged,
 * health must say so, and a restart must not silently start from an empty state.
 */
class DataDirectoryLostTest {
    static final String TOKEN = "t";

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void deletedDataDirectoryStopsAcknowledgementsAndARestartRefusesToStartEmpty(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(data);
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            assertTrue(s.instanceId() > 0);
            assertEquals(String.valueOf(s.instanceId()), Files.readString(data.resolve("instance")).trim());
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            long uid = accountWith100(op);
            deleteTree(data);                                             // rm -rf while running
            OperatorClient.Reply health = awaitHealth(s, 503, 10);         // seen within about a second, idle or not
            assertEquals("failed", health.text("status"));
            assertTrue(health.text("reason").contains("deleted"), health.body().toString());
            OperatorClient.Reply deposit = op.post("/admin/accounts/" + uid + "/deposits",
                    "{\"coin\":\"USDT\",\"amount\":\"5\",\"txId\":\"after-rm\"}");
            assertNotEquals(200, deposit.status(), "nothing is acknowledged once the files are gone");
            Thread.sleep(1500);                                            // in-process recovery keeps refusing
            assertEquals(503, new OperatorClient(s.adminPort(), null).get("/admin/health").status());
        }
        assertTrue(Files.exists(data.resolve("DATA-LOST")), "the marker tells the next start this directory was used");
        Exception refused = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN).close());
        assertTrue(String.valueOf(refused.getMessage()).contains("--init"), refused.getMessage());
        try (IsomarginServer s = IsomarginServer.start(cfg.withInit(true), System::currentTimeMillis, TOKEN)) {
            assertEquals(200, new OperatorClient(s.adminPort(), null).get("/admin/health").status(), "the operator asked for it");
        }
        assertFalse(Files.exists(data.resolve("DATA-LOST")));
    }

    @Test
    void journalDeletedWhileStoppedIsRefusedNotStartedEmpty(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(data);
        long id;
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            accountWith100(new OperatorClient(s.adminPort(), TOKEN));
            id = s.instanceId();
        }
        deleteTree(data.resolve("journal"));
        deleteTree(data.resolve("snapshots"));
        Exception refused = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN).close());
        assertTrue(refused.getMessage().contains("no journal segment"), refused.getMessage());
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            fail("must not start");
        } catch (Exception expected) {
            // still refused: nothing was created by the refused start
        }
        try (IsomarginServer s = IsomarginServer.start(cfg.withInit(true), System::currentTimeMillis, TOKEN)) {
            assertNotEquals(id, s.instanceId(), "a new state gets a new instance id");
        }
    }

    /** Snapshots alone are not enough: a used directory always keeps its active journal segment. */
    @Test
    void journalDeletedButSnapshotsLeftIsRefusedToo(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        ServerConfig cfg = new ServerConfig(0, 0, data, false, 1, 3600, true);
        long uid;
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            uid = accountWith100(new OperatorClient(s.adminPort(), TOKEN));
        }
        try (Stream<Path> snaps = Files.list(data.resolve("snapshots"))) {
            assertTrue(snaps.anyMatch(f -> f.toString().endsWith(".snap")));
        }
        deleteTree(data.resolve("journal"));
        Exception refused = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN).close());
        assertTrue(refused.getMessage().contains("--init"), refused.getMessage());
        // --init means an empty state: the orphaned snapshots are set aside, not restored (review finding).
        try (IsomarginServer s = IsomarginServer.start(cfg.withInit(true), System::currentTimeMillis, TOKEN)) {
            assertEquals(404, new OperatorClient(s.adminPort(), TOKEN).get("/admin/accounts/" + uid).status(), "old account gone");
        }
        try (Stream<Path> entries = Files.list(data)) {
            Path aside = entries.filter(p -> p.getFileName().toString().startsWith("lost-")).findFirst().orElseThrow();
            try (Stream<Path> snaps = Files.list(aside.resolve("snapshots"))) {
                assertTrue(snaps.anyMatch(f -> f.toString().endsWith(".snap")), "kept for the operator");
            }
        }
    }

    /** rm -rf and a shutdown before the once-a-second check: the shutdown itself notices and leaves the marker. */
    @Test
    void deletedJustBeforeAShutdownIsStillRefused(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(data);
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            accountWith100(new OperatorClient(s.adminPort(), TOKEN));
            deleteTree(data);
        }
        Exception refused = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN).close());
        assertTrue(String.valueOf(refused.getMessage()).contains("--init"), refused.getMessage());
    }

    /** Everything but the generated admin token removed: still a used directory, not a first start. */
    @Test
    void onlyTheAdminTokenLeftIsRefused(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(data);
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, null)) {
            assertTrue(Files.exists(data.resolve("admin-token")));
        }
        deleteTree(data.resolve("journal"));
        deleteTree(data.resolve("snapshots"));
        Files.delete(data.resolve("instance"));
        Exception refused = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, null).close());
        assertTrue(refused.getMessage().contains("admin-token") && refused.getMessage().contains("--init"), refused.getMessage());
    }

    @Test
    void firstStartOnAMissingOrEmptyDirectoryNeedsNoFlagAndTheIdIsStable(@TempDir Path tmp) throws Exception {
        ServerConfig missing = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(tmp.resolve("new/data"));
        long id;
        try (IsomarginServer s = IsomarginServer.start(missing, System::currentTimeMillis, TOKEN)) {
            id = s.instanceId();
        }
        try (IsomarginServer s = IsomarginServer.start(missing, System::currentTimeMillis, TOKEN)) {
            assertEquals(id, s.instanceId());
        }
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (IsomarginServer s = IsomarginServer.start(missing.withDataDir(empty), System::currentTimeMillis, TOKEN)) {
            assertTrue(Files.exists(empty.resolve("instance")));
        }
    }
}
