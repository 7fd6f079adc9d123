package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.appendMany;
import static org.isomargin.journal.JournalFixtures.replayAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isomargin.journal.JournalFixtures.Replayed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 1: a snapshot covers sequence 20, then outside damage cuts the journal's last record so the
 * journal ends at 19. The next record must not reuse 20 (replay after the snapshot would skip it).
 */
class JournalBelowSnapshotTest {

    private static final long SNAPSHOT = 20;

    @TempDir
    Path dir;

    /** Records 0..20 on disk, then a few bytes cut off the last one: the repaired journal ends at 19. */
    private void journalCutBelowSnapshot() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, (int) SNAPSHOT + 1);
        }
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        JournalFixtures.truncate(segment, JournalFixtures.read(segment).length - 3);
    }

    @Test
    void newRecordsContinueAfterTheSnapshotAndReplayAfterItDeliversThem() {
        journalCutBelowSnapshot();
        long next;
        try (LocalJournal journal = LocalJournal.open(dir, JournalConfig.defaults(), SNAPSHOT)) {
            RecoveryReport report = journal.recoveryReport();
            assertTrue(report.truncated(), report.toString());
            assertEquals(SNAPSHOT - 1, report.lastSequence(), "the journal itself ends below the snapshot");
            assertTrue(report.continuedAfterSnapshot(), report.toString());
            assertTrue(report.toString().contains("WARNING"), report.toString());
            assertEquals(SNAPSHOT, journal.lastDurableSequence());
            next = journal.appendAndAwait(5, "acknowledged deposit".getBytes());
        }
        assertEquals(SNAPSHOT + 1, next, "a sequence the snapshot holds is never handed out again");
        assertEquals(2, JournalFixtures.segmentFiles(dir).size(), "continued in a new segment");
        try (LocalJournal journal = LocalJournal.open(dir, JournalConfig.defaults(), SNAPSHOT)) {
            List<Replayed> after = replayAll(journal, SNAPSHOT);
            assertEquals(List.of(SNAPSHOT + 1), after.stream().map(Replayed::sequence).toList());
            assertEquals("acknowledged deposit", new String(after.get(0).payload()));
        }
    }

    @Test
    void withoutTheSnapshotTheGapIsCorruptionNotSilence() {
        journalCutBelowSnapshot();
        try (LocalJournal journal = LocalJournal.open(dir, JournalConfig.defaults(), SNAPSHOT)) {
            journal.appendAndAwait(5, "x".getBytes());
        }
        // Falling back to an older snapshot (or none) would need record 20, which only the lost snapshot held.
        assertThrows(JournalCorruptedException.class, () -> LocalJournal.open(dir, JournalConfig.defaults(), 10));
        assertThrows(JournalCorruptedException.class, () -> LocalJournal.open(dir));
    }

    @Test
    void replayingAfterASequenceBeyondTheJournalEndThrows() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 3);
            assertThrows(JournalException.class, () -> journal.replay(5, (s, t, p) -> { }));
            assertEquals(0, journal.replay(2, (s, t, p) -> { }));
        }
    }

    @Test
    void anEmptyJournalUnderASnapshotStartsAfterIt() throws Exception {
        try (LocalJournal journal = LocalJournal.open(dir, JournalConfig.defaults(), SNAPSHOT)) {
            assertEquals(SNAPSHOT + 1, journal.appendAndAwait(1, "y".getBytes()));
        }
        assertTrue(Files.exists(Segment.in(dir, SNAPSHOT + 1).path()));
        try (LocalJournal journal = LocalJournal.open(dir, JournalConfig.defaults(), SNAPSHOT)) {
            assertEquals(SNAPSHOT + 1, journal.lastDurableSequence());
        }
    }
}
