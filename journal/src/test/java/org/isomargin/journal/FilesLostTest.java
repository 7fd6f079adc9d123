package org.isomargin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8 item 2: journal files deleted or replaced under the running journal stop acknowledgements. */
class FilesLostTest {

    @TempDir
    Path tmp;

    private static Throwable failureOf(CompletableFuture<Long> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return e.getCause();
    }

    @Test
    void deletedDirectoryFailsTheNextAppendInsteadOfAcknowledgingIt() {
        Path dir = tmp.resolve("journal");
        try (LocalJournal journal = LocalJournal.open(dir)) {
            assertEquals(0, journal.appendAndAwait(1, "a".getBytes()));
            JournalFixtures.deleteTree(dir);
            Throwable t = failureOf(journal.append(2, "b".getBytes()));
            assertInstanceOf(JournalFilesLostException.class, t, String.valueOf(t));
            assertTrue(t.getMessage().contains(dir.toString()), t.getMessage());
            assertEquals(0, journal.lastDurableSequence(), "the lost record was never durable");
            assertNotNull(journal.failure());
            assertInstanceOf(JournalException.class, failureOf(journal.append(3, "c".getBytes())), "fail-stop");
        }
    }

    @Test
    void replacedSegmentIsNoticedEvenWhenTheSamePathExistsAgain() throws Exception {
        Path dir = tmp.resolve("journal");
        try (LocalJournal journal = LocalJournal.open(dir)) {
            journal.appendAndAwait(1, "a".getBytes());
            Path segment = journal.segmentFiles().get(0);
            Path copy = tmp.resolve("copy.log");
            Files.copy(segment, copy);
            Files.move(copy, segment, StandardCopyOption.REPLACE_EXISTING);   // same name, another inode
            Throwable t = failureOf(journal.append(2, "b".getBytes()));
            assertInstanceOf(JournalFilesLostException.class, t, String.valueOf(t));
            assertTrue(t.getMessage().contains("replaced"), t.getMessage());
        }
    }

    @Test
    void anIdleJournalNoticesWithinAboutASecond() throws Exception {
        Path dir = tmp.resolve("journal");
        try (LocalJournal journal = LocalJournal.open(dir)) {
            journal.appendAndAwait(1, "a".getBytes());
            assertNull(journal.failure());
            JournalFixtures.deleteTree(dir);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (journal.failure() == null && System.nanoTime() < deadline) Thread.sleep(50);
            assertInstanceOf(JournalFilesLostException.class, journal.failure());
        }
    }
}
