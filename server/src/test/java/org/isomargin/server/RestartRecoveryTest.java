package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stop and start on the same data directory: the state hash after recovery equals the hash before the stop. */
class RestartRecoveryTest {
    static final String TOKEN = "t";

    private static void drive(OperatorClient op, int round) {
        long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
        op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"5000\",\"txId\":\"r" + round + "\"}");
        op.post("/admin/accounts/" + uid + "/api-keys", "{}");
        op.post("/admin/fills", "{\"uid\":" + uid + ",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"qty\":\"0.05\",\"price\":\"60000\"}");
        op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"BTCUSDT\",\"markPrice\":\"" + (59000 + round * 100) + "\"}]}");
        op.post("/admin/accounts/" + uid + "/withdrawals", "{\"coin\":\"USDT\",\"amount\":\"100\"}");
    }

    @Test
    void hashSurvivesRestartsWithAndWithoutSnapshots(@TempDir Path dir) throws Exception {
        // A snapshot every 7 journaled commands, so recovery exercises snapshot + journal tail.
        ServerConfig cfg = new ServerConfig(0, 0, dir, false, 7, 3600, true);
        String hash;
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            for (int i = 0; i < 5; i++) drive(op, i);
            hash = op.get("/admin/state-hash").body().get("stateHash").asText();
        }
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            assertEquals(hash, op.get("/admin/state-hash").body().get("stateHash").asText(), s.recoveryReport());
            assertTrue(s.recoveryReport().startsWith("recovered "), s.recoveryReport());
            drive(op, 9);
            hash = op.get("/admin/state-hash").body().get("stateHash").asText();
        }
        try (var files = Files.list(dir.resolve("snapshots"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".snap")), "snapshots were written");
        }
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            assertEquals(hash, op.get("/admin/state-hash").body().get("stateHash").asText());
            assertTrue(op.get("/admin/state-hash").body().get("conserved").asBoolean());
            // The generated token file is reused across restarts when no environment token is given.
        }
    }

    @Test
    void generatedTokenIsStoredWithOwnerOnlyPermissions(@TempDir Path dir) throws Exception {
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir);
        String token;
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, null)) {
            Path file = dir.resolve("admin-token");
            token = Files.readString(file).trim();
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals(200, new OperatorClient(s.adminPort(), token).post("/admin/accounts", "{}").status());
        }
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, null)) {
            assertEquals(200, new OperatorClient(s.adminPort(), token).post("/admin/accounts", "{}").status());
        }
    }

    /** Root ignores permission bits, so the directory is made immutable with chattr +i (skipped where chattr is missing). */
    @Test
    void readOnlyDataDirectoryIsAClearErrorAndDamagesNothing(@TempDir Path dir) throws Exception {
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir.resolve("data"));
        String hash;
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            drive(new OperatorClient(s.adminPort(), TOKEN), 1);
            hash = new OperatorClient(s.adminPort(), TOKEN).get("/admin/state-hash").body().get("stateHash").asText();
        }
        Path journal = dir.resolve("data/journal");
        org.junit.jupiter.api.Assumptions.assumeTrue(chattr("+i", journal), "chattr is not available here");
        try {
            Exception e = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN));
            String text = String.valueOf(e.getMessage()) + " " + e.getCause();
            assertTrue(text.contains(journal.toString()) || text.contains("journal"), text);
        } finally {
            chattr("-i", journal);
        }
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
            assertEquals(hash, new OperatorClient(s.adminPort(), TOKEN).get("/admin/state-hash").body().get("stateHash").asText());
        }
    }

    /** A real full disk: a 100 MiB tmpfs (root only; skipped where mounting is not allowed). */
    @Test
    void fullDiskAtStartUpIsAClearErrorAndDamagesNothing(@TempDir Path dir) throws Exception {
        Path mnt = dir.resolve("small-disk");
        Files.createDirectories(mnt);
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=100m", "tmpfs", mnt.toString()),
                "cannot mount a tmpfs here");
        try {
            ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(mnt.resolve("data"));
            String hash;
            try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
                drive(new OperatorClient(s.adminPort(), TOKEN), 1);
                hash = new OperatorClient(s.adminPort(), TOKEN).get("/admin/state-hash").body().get("stateHash").asText();
            }
            Path filler = mnt.resolve("filler");
            run("dd", "if=/dev/zero", "of=" + filler, "bs=1M", "count=200", "status=none"); // stops when the disk is full
            Exception e = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN));
            String text = String.valueOf(e.getMessage()) + " " + e.getCause();
            assertTrue(text.contains("space") || text.contains("disk full"), text);
            Files.delete(filler);
            try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) {
                assertEquals(hash, new OperatorClient(s.adminPort(), TOKEN).get("/admin/state-hash").body().get("stateHash").asText());
            }
        } finally {
            run("umount", mnt.toString());
        }
    }

    private static boolean run(String... cmd) {
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean chattr(String flag, Path p) {
        try {
            return new ProcessBuilder("chattr", flag, p.toString()).inheritIO().start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void unwritableDataDirectoryIsAClearErrorAndDamagesNothing(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "keep me");
        ServerConfig cfg = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(blocker.resolve("data"));
        Exception e = assertThrows(Exception.class, () -> IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN));
        assertTrue(String.valueOf(e.getMessage()).contains("not-a-dir") || String.valueOf(e).contains("not-a-dir"), e.toString());
        assertEquals("keep me", Files.readString(blocker));
    }
}
