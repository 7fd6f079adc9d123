package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.appendMany;
import static org.isomargin.journal.JournalFixtures.payload;
import static org.isomargin.journal.JournalFixtures.replayAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.isomargin.journal.JournalFixtures.Replayed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalJournalTest {

    @TempDir
    Path dir;

    @Test
    void freshJournalStartsAtZeroAndReplaysWhatWasAppended() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            assertEquals(CommandLog.NO_SEQUENCE, journal.lastDurableSequence());
            assertEquals(0, journal.recoveryReport().records());
            assertEquals(0, journal.appendAndAwait(10, payload(0)));
            assertEquals(1, journal.appendAndAwait(11, payload(1)));
            assertEquals(1, journal.lastDurableSequence());

            List<Replayed> records = replayAll(journal, CommandLog.NO_SEQUENCE);
            assertEquals(2, records.size());
            assertEquals(11, records.get(1).timestampMs());
            assertArrayEquals(payload(1), records.get(1).payload());
        }
    }

    @Test
    void reopeningRecoversAndContinuesTheSequence() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 5);
        }
        try (LocalJournal journal = LocalJournal.open(dir)) {
            RecoveryReport report = journal.recoveryReport();
            assertEquals(5, report.records());
            assertEquals(4, report.lastSequence());
            assertFalse(report.truncated());
            assertEquals(5, journal.appendAndAwait(99, payload(5)));
            assertEquals(List.of(3L, 4L, 5L),
                    replayAll(journal, 2).stream().map(Replayed::sequence).toList());
        }
    }

    @Test
    void replayAfterTheLastSequenceDeliversNothing() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 3);
            assertEquals(0, journal.replay(2, (s, t, p) -> { throw new AssertionError("unexpected"); }));
        }
    }

    @Test
    void barrierCompletesWithTheLastAppendedSequenceOnceDurable() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            assertEquals(CommandLog.NO_SEQUENCE, journal.barrier().join());
            CompletableFuture<Long> first = journal.append(1, payload(0));
            CompletableFuture<Long> second = journal.append(2, payload(1));
            CompletableFuture<Long> barrier = journal.barrier();
            assertEquals(1, barrier.join());
            assertTrue(first.isDone() && second.isDone(), "barrier completed before earlier appends");
        }
    }

    @Test
    void appendAfterCloseFailsWithoutThrowing() {
        LocalJournal journal = LocalJournal.open(dir);
        journal.close();
        journal.close();   // idempotent
        CompletableFuture<Long> late = journal.append(1, payload(0));
        CompletionException e = assertThrows(CompletionException.class, late::join);
        assertTrue(e.getCause() instanceof JournalException);
        assertThrows(JournalException.class, () -> journal.appendAndAwait(1, payload(0)));
    }

    @Test
    void oversizedPayloadIsACallerBug() {
        JournalConfig config = JournalConfig.defaults().withMaxPayloadBytes(16);
        try (LocalJournal journal = LocalJournal.open(dir, config)) {
            assertThrows(IllegalArgumentException.class, () -> journal.append(1, new byte[17]));
            assertEquals(0, journal.appendAndAwait(1, new byte[16]));
        }
    }

    @Test
    void recordLargerThanTheBufferRoundTrips() {
        JournalConfig config = JournalConfig.defaults().withBufferBytes(4096);
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        try (LocalJournal journal = LocalJournal.open(dir, config)) {
            journal.appendAndAwait(1, payload(0));
            journal.appendAndAwait(2, big);
            journal.appendAndAwait(3, payload(2));
        }
        try (LocalJournal journal = LocalJournal.open(dir, config)) {
            List<Replayed> records = replayAll(journal, CommandLog.NO_SEQUENCE);
            assertEquals(3, records.size());
            assertArrayEquals(big, records.get(1).payload());
            assertArrayEquals(payload(2), records.get(2).payload());
        }
    }

    @Test
    void secondOpenOfTheSameDirectoryIsRefused() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            JournalException e = assertThrows(JournalException.class, () -> LocalJournal.open(dir));
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
            assertEquals(0, journal.appendAndAwait(1, payload(0)));
        }
    }
}
