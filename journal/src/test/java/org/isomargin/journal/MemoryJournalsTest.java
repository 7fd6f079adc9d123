package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.payload;
import static org.isomargin.journal.JournalFixtures.replayAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.isomargin.journal.JournalFixtures.Replayed;
import org.junit.jupiter.api.Test;

class MemoryJournalsTest {

    @Test
    void inMemoryJournalNumbersFromZeroAndReplays() {
        try (InMemoryJournal journal = new InMemoryJournal()) {
            assertEquals(CommandLog.NO_SEQUENCE, journal.lastDurableSequence());
            for (int i = 0; i < 5; i++) {
                assertEquals(i, journal.appendAndAwait(100 + i, payload(i)));
            }
            assertEquals(4, journal.barrier().join());
            List<Replayed> records = replayAll(journal, 1);
            assertEquals(List.of(2L, 3L, 4L), records.stream().map(Replayed::sequence).toList());
            assertArrayEquals(payload(3), records.get(1).payload());
            assertEquals(103, records.get(1).timestampMs());
        }
    }

    @Test
    void inMemoryJournalRefusesAppendsAfterClose() {
        InMemoryJournal journal = new InMemoryJournal();
        journal.close();
        assertThrows(CompletionException.class, () -> journal.append(1, payload(0)).join());
    }

    @Test
    void disabledJournalAcknowledgesAtOnceAndStoresNothing() {
        try (DisabledJournal journal = new DisabledJournal()) {
            assertEquals(0, journal.replay(CommandLog.NO_SEQUENCE, (s, t, p) -> { }));
            assertTrue(journal.append(1, payload(0)).isDone());
            assertEquals(1, journal.appendAndAwait(2, payload(1)));
            assertEquals(1, journal.barrier().join());
            JournalException e = assertThrows(JournalException.class,
                    () -> journal.replay(CommandLog.NO_SEQUENCE, (s, t, p) -> { }));
            assertTrue(e.getMessage().contains("disabled"), e.getMessage());
            assertEquals(0, journal.replay(1, (s, t, p) -> { }));
        }
    }
}
