package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.appendMany;
import static org.isomargin.journal.JournalFixtures.payload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusable data directories fail with a message naming the path and cause, and change nothing. */
class StartupErrorsTest {

    @TempDir
    Path tmp;

    private static void assertNames(JournalException e, Path path, String cause) {
        assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(cause), e.getMessage());
    }

    @Test
    void regularFileIsNotADirectory() throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "keep me");
        JournalException e = assertThrows(JournalException.class, () -> LocalJournal.open(file));
        assertNames(e, file, "not a directory");
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void parentIsARegularFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "keep me");
        Path dir = file.resolve("journal");
        JournalException e = assertThrows(JournalException.class, () -> LocalJournal.open(dir));
        assertNames(e, dir, "not a directory");
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void readOnlyDirectory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean immutable = false;
        try {
            if (Files.isWritable(dir)) {
                // root ignores permission bits; the immutable attribute binds root too
                immutable = run("chattr", "+i", dir.toString());
                assumeTrue(immutable && !Files.isWritable(dir),
                        "running as root without a working 'chattr +i': see readOnlyFileSystemIsReported");
            }
            JournalException e = assertThrows(JournalException.class, () -> LocalJournal.open(dir));
            assertNames(e, dir, "not writable");
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count());
            }
        } finally {
            if (immutable) {
                run("chattr", "-i", dir.toString());
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void readOnlyFileSystemIsReported() {
        Path dir = tmp.resolve("rofs");
        ChannelOpener readOnly = (path, options) -> {
            throw new FileSystemException(path.toString(), null, "Read-only file system");
        };
        JournalException e = assertThrows(JournalException.class,
                () -> LocalJournal.open(dir, JournalConfig.defaults(), readOnly));
        assertNames(e, dir.toString(), "read-only file system");
    }

    private static void assertNames(JournalException e, String path, String cause) {
        assertTrue(e.getMessage().contains(path), e.getMessage());
        assertTrue(e.getMessage().contains(cause), e.getMessage());
    }

    @Test
    void fullDiskWhileCreatingTheFirstSegmentLeavesNoFileBehind() throws Exception {
        Path dir = tmp.resolve("full");
        ChannelOpener full = (path, options) -> segmentChannel(path, options, true, false);
        JournalException e = assertThrows(JournalException.class,
                () -> LocalJournal.open(dir, JournalConfig.defaults(), full));
        assertNames(e, Segment.in(dir, 0).path(), "no space left on device");
        assertEquals(List.of(), JournalFixtures.segmentFiles(dir));
        try (LocalJournal journal = LocalJournal.open(dir)) {   // and the lock was released
            assertEquals(0, journal.appendAndAwait(1, payload(0)));
        }
    }

    @Test
    void tooLittleFreeSpaceIsRefusedUpFront() {
        Path dir = tmp.resolve("tight");
        JournalConfig config = JournalConfig.defaults().withMinFreeBytes(Long.MAX_VALUE);
        JournalException e = assertThrows(JournalException.class, () -> LocalJournal.open(dir, config));
        assertNames(e, dir, "bytes free");
        assertEquals(List.of(), JournalFixtures.segmentFiles(dir));
    }

    @Test
    void failedForceFailsThatBatchAndEveryLaterAppend() throws Exception {
        Path dir = tmp.resolve("failing");
        FaultyChannel[] segment = new FaultyChannel[1];
        ChannelOpener opener = (path, options) -> {
            FaultyChannel channel = segmentChannel(path, options, false, false);
            if (Segment.parse(path) != null) {
                segment[0] = channel;
            }
            return channel;
        };
        try (LocalJournal journal = LocalJournal.open(dir, JournalConfig.defaults(), opener)) {
            appendMany(journal, 3);
            segment[0].failForce = true;
            CompletableFuture<Long> failed = journal.append(1, payload(3));
            CompletionException e = assertThrows(CompletionException.class, failed::join);
            assertTrue(e.getCause().getMessage().contains("no space left on device"), e.getCause().getMessage());
            JournalException later = assertThrows(JournalException.class, () -> journal.appendAndAwait(1, payload(4)));
            assertTrue(later.getMessage().contains(dir.toString()), later.getMessage());
            assertEquals(2, journal.lastDurableSequence());
            assertThrows(CompletionException.class, () -> journal.barrier().join());
        }
        try (LocalJournal journal = LocalJournal.open(dir)) {
            // the unacknowledged record may or may not have reached the disk; acknowledged ones did
            assertTrue(journal.lastDurableSequence() >= 2);
        }
    }

    @Test
    void corruptJournalIsNotModifiedByAFailedOpen() throws Exception {
        Path dir = tmp.resolve("corrupt");
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 5);
        }
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        JournalFixtures.flipByte(segment, JournalFixtures.recordOffsets(segment).get(1) + 26, 0x08);
        byte[] before = JournalFixtures.read(segment);
        assertThrows(JournalCorruptedException.class, () -> LocalJournal.open(dir));
        assertArrayEquals(before, JournalFixtures.read(segment));
        assertThrows(JournalCorruptedException.class, () -> LocalJournal.open(dir), "lock must be released");
    }

    private static FaultyChannel segmentChannel(Path path, OpenOption[] options, boolean failWrites,
                                                boolean failForce) throws IOException {
        FaultyChannel channel = new FaultyChannel(FileChannel.open(path, options));
        if (Segment.parse(path) != null) {
            channel.failWrites = failWrites;
            channel.failForce = failForce;
        }
        return channel;
    }
}
