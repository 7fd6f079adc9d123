package org.isomargin.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {

    @TempDir
    Path dir;

    private static byte[] state(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void roundTripsStateAndSequence() {
        SnapshotStore store = SnapshotStore.open(dir);
        Path file = store.write(41, state("engine state at 41"));
        assertEquals("snapshot-00000000000000000041.snap", file.getFileName().toString());

        SnapshotLoad load = SnapshotStore.open(dir).loadLatestValid();
        Snapshot snapshot = load.snapshot().orElseThrow();
        assertEquals(41, snapshot.lastSequence());
        assertArrayEquals(state("engine state at 41"), snapshot.state());
        assertEquals(41, load.replayAfter());
        assertEquals(List.of(), load.skipped());
    }

    @Test
    void emptyStoreHasNothingToLoad() {
        SnapshotLoad load = SnapshotStore.open(dir).loadLatestValid();
        assertTrue(load.snapshot().isEmpty());
        assertEquals(CommandLog.NO_SEQUENCE, load.replayAfter());
    }

    @Test
    void largeStateRoundTrips() {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i ^ (i >>> 9));
        }
        SnapshotStore store = SnapshotStore.open(dir);
        store.write(7, big);
        assertArrayEquals(big, store.loadLatestValid().snapshot().orElseThrow().state());
    }

    @Test
    void leftoverTempFileFromACrashIsIgnoredAndCleanedUp() throws Exception {
        SnapshotStore store = SnapshotStore.open(dir);
        store.write(10, state("ten"));
        Files.write(dir.resolve("snapshot-00000000000000000020.snap.tmp"), state("half-written"));

        assertEquals(10, store.loadLatestValid().snapshot().orElseThrow().lastSequence());
        store.write(30, state("thirty"));
        assertEquals(List.of("snapshot-00000000000000000010.snap", "snapshot-00000000000000000030.snap"), files());
    }

    @Test
    void fallsBackToTheOlderSnapshotWhenTheNewestIsCorrupt() {
        SnapshotStore store = SnapshotStore.open(dir);
        store.write(100, state("state at one hundred"));
        Path newest = store.write(200, state("state at two hundred"));
        JournalFixtures.flipByte(newest, SnapshotFormat.HEADER_BYTES + 4, 0x01);

        SnapshotLoad load = store.loadLatestValid();
        assertEquals(100, load.snapshot().orElseThrow().lastSequence());
        assertEquals(1, load.skipped().size());
        assertEquals(newest, load.skipped().get(0).file());
        assertTrue(load.skipped().get(0).problem().contains("checksum"), load.skipped().get(0).problem());
    }

    @Test
    void everyByteFlipOfASnapshotIsCaught() {
        SnapshotStore store = SnapshotStore.open(dir);
        Path file = store.write(5, state("small but complete state"));
        byte[] pristine = JournalFixtures.read(file);
        for (int offset = 0; offset < pristine.length; offset++) {
            JournalFixtures.flipByte(file, offset, 0x02);
            SnapshotLoad load = store.loadLatestValid();
            assertTrue(load.snapshot().isEmpty(), "flip at byte " + offset + " went unnoticed");
            assertEquals(1, load.skipped().size());
            JournalFixtures.write(file, pristine);
        }
    }

    @Test
    void truncatedSnapshotIsSkipped() {
        SnapshotStore store = SnapshotStore.open(dir);
        store.write(1, state("one"));
        Path torn = store.write(2, state("two, torn in half"));
        JournalFixtures.truncate(torn, 40);
        SnapshotLoad load = store.loadLatestValid();
        assertEquals(1, load.snapshot().orElseThrow().lastSequence());
        assertTrue(load.skipped().get(0).problem().contains("state bytes"), load.skipped().get(0).problem());
    }

    @Test
    void keepsOnlyTheNewestTwoAndReportsTheJournalRetentionFloor() throws Exception {
        SnapshotStore store = SnapshotStore.open(dir);
        store.write(10, state("a"));
        assertEquals(CommandLog.NO_SEQUENCE, store.journalRetentionFloor());
        store.write(20, state("b"));
        assertEquals(10, store.journalRetentionFloor());
        store.write(30, state("c"));
        assertEquals(List.of("snapshot-00000000000000000020.snap", "snapshot-00000000000000000030.snap"), files());
        assertEquals(20, store.journalRetentionFloor());
    }

    @Test
    void failedWriteLeavesNoTempFileAndKeepsThePreviousSnapshot() throws Exception {
        SnapshotStore healthy = SnapshotStore.open(dir);
        healthy.write(1, state("one"));
        ChannelOpener full = (path, options) -> {
            FaultyChannel channel = new FaultyChannel(FileChannel.open(path, options));
            channel.failForce = true;
            return channel;
        };
        SnapshotStore store = SnapshotStore.open(dir, 2, full);
        JournalException e = assertThrows(JournalException.class, () -> store.write(2, state("two")));
        assertTrue(e.getMessage().contains("snapshot-00000000000000000002.snap"), e.getMessage());
        assertTrue(e.getMessage().contains("no space left on device"), e.getMessage());
        assertEquals(List.of("snapshot-00000000000000000001.snap"), files());
        assertEquals(1, store.loadLatestValid().snapshot().orElseThrow().lastSequence());
    }

    @Test
    void directoryThatIsAFileIsRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("snapshots"), "x");
        JournalException e = assertThrows(JournalException.class, () -> SnapshotStore.open(file));
        assertTrue(e.getMessage().contains(file + " is not a directory"), e.getMessage());
    }
}
