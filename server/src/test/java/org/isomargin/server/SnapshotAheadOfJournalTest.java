package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 1, end to end: a snapshot covers the journal's last record, outside damage cuts bytes off that
 * record, the server restarts (torn tail repaired, journal now one short of the snapshot). A deposit acknowledged
 * after that restart must survive the next restart.
 */
class SnapshotAheadOfJournalTest {
    static final String TOKEN = "t";

    private static BigDecimal usdt(OperatorClient op, long uid) {
        for (var b : op.get("/admin/accounts/" + uid).body().get("balances"))
            if (b.get("coin").asText().equals("USDT")) return new BigDecimal(b.get("walletBalance").asText());
        return BigDecimal.ZERO;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void depositAfterATailRepairBelowTheSnapshotSurvivesTheNextRestart(@TempDir Path dir) throws Exception {
        ServerConfig everyCommand = new ServerConfig(0, 0, dir, false, 1, 3600, true);
        long uid;
        try (IsomarginServer s = IsomarginServer.start(everyCommand, System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            uid = op.post("/admin/accounts", "{}").get("uid").asLong();
            for (int i = 0; i < 3; i++)
                assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits",
                        "{\"coin\":\"USDT\",\"amount\":\"100\",\"txId\":\"a" + i + "\"}").status());
        }
        List<Path> segments = files(dir.resolve("journal"), ".log");
        Path last = segments.get(segments.size() - 1);
        try (FileChannel ch = FileChannel.open(last, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 3); // bit rot / a copy tool: the last record (the third deposit) is torn
        }
        // No further snapshots from here on, so the next restart must replay the journal after the old snapshot.
        ServerConfig rarely = new ServerConfig(0, 0, dir, false, 1_000_000, 3600, true);
        try (IsomarginServer s = IsomarginServer.start(rarely, System::currentTimeMillis, TOKEN)) {
            assertTrue(s.recoveryReport().contains("WARNING"), s.recoveryReport());
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            // The snapshot still holds all three deposits: 300.
            assertEquals(0, new BigDecimal("300").compareTo(usdt(op, uid)));
            assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits",
                    "{\"coin\":\"USDT\",\"amount\":\"7\",\"txId\":\"after-repair\"}").status());
            assertEquals(0, new BigDecimal("307").compareTo(usdt(op, uid)));
        }
        try (IsomarginServer s = IsomarginServer.start(rarely, System::currentTimeMillis, TOKEN)) {
            OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
            assertEquals(0, new BigDecimal("307").compareTo(usdt(op, uid)), "the acknowledged deposit of 7 is kept");
        }
    }
}
