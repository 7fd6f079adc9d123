package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.appendMany;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage that is not a torn tail must stop recovery, name the place, and change nothing. */
class CorruptionTest {

    private static final JournalConfig SMALL_SEGMENTS = JournalConfig.defaults().withSegmentBytes(1024)
            .withMinFreeBytes(0);

    @TempDir
    Path dir;

    private JournalCorruptedException openExpectingCorruption(JournalConfig config, Path file) {
        byte[] before = JournalFixtures.read(file);
        JournalCorruptedException e = assertThrows(JournalCorruptedException.class,
                () -> LocalJournal.open(dir, config));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("offset " + e.offset()), e.getMessage());
        assertArrayEquals(before, JournalFixtures.read(file), "recovery modified a corrupt file");
        return e;
    }

    @Test
    void flippedByteInAMiddleRecordNamesFileAndOffset() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 10);
        }
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        long fifth = JournalFixtures.recordOffsets(segment).get(4);
        JournalFixtures.flipByte(segment, fifth + 30, 0x01);

        JournalCorruptedException e = openExpectingCorruption(JournalConfig.defaults(), segment);
        assertEquals(fifth, e.offset());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void everyFlipBeforeTheLastRecordIsFatal() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 4);
        }
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        long lastStart = JournalFixtures.recordOffsets(segment).get(3);
        byte[] pristine = JournalFixtures.read(segment);
        for (long offset = 0; offset < lastStart; offset++) {
            JournalFixtures.flipByte(segment, offset, 0x40);
            long at = offset;
            assertThrows(JournalCorruptedException.class, () -> LocalJournal.open(dir),
                    () -> "flip at byte " + at + " was not reported");
            JournalFixtures.write(segment, pristine);
        }
    }

    @Test
    void tornTailOfANonLastSegmentIsFatal() {
        try (LocalJournal journal = LocalJournal.open(dir, SMALL_SEGMENTS)) {
            appendMany(journal, 60);
        }
        List<Path> segments = JournalFixtures.segmentFiles(dir);
        assertTrue(segments.size() >= 3, "expected several segments, got " + segments);
        Path second = segments.get(1);
        List<Long> offsets = JournalFixtures.recordOffsets(second);
        long lastStart = offsets.get(offsets.size() - 1);
        JournalFixtures.truncate(second, lastStart + 5);

        JournalCorruptedException e = openExpectingCorruption(SMALL_SEGMENTS, second);
        assertEquals(lastStart, e.offset());
    }

    @Test
    void missingSegmentIsASequenceGap() throws Exception {
        try (LocalJournal journal = LocalJournal.open(dir, SMALL_SEGMENTS)) {
            appendMany(journal, 60);
        }
        List<Path> segments = JournalFixtures.segmentFiles(dir);
        Files.delete(segments.get(1));

        JournalCorruptedException e = openExpectingCorruption(SMALL_SEGMENTS, segments.get(2));
        assertTrue(e.getMessage().contains("gap"), e.getMessage());
    }

    @Test
    void sequenceJumpInsideASegmentIsFatal() throws Exception {
        Path segment = Segment.in(dir, 0).path();
        Files.createDirectories(dir);
        ByteBuffer file = ByteBuffer.allocate(4096);
        file.put(SegmentHeader.encode(0));
        CRC32C crc = new CRC32C();
        RecordFormat.encode(file, 0, 1, new byte[] {1}, crc);
        long jumpAt = file.position();
        RecordFormat.encode(file, 2, 1, new byte[] {2}, crc);   // 1 is missing, CRCs are fine
        RecordFormat.encode(file, 3, 1, new byte[] {3}, crc);
        JournalFixtures.write(segment, Arrays.copyOf(file.array(), file.position()));

        JournalCorruptedException e = openExpectingCorruption(JournalConfig.defaults(), segment);
        assertEquals(jumpAt, e.offset());
        assertTrue(e.getMessage().contains("expected sequence 1"), e.getMessage());
    }

    @Test
    void damagedLastRecordFollowedByAValidOneIsNotATornTail() throws Exception {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, 5);
        }
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        long fourth = JournalFixtures.recordOffsets(segment).get(3);
        JournalFixtures.flipByte(segment, fourth, 0x7F);   // length field: the walk cannot resync

        JournalCorruptedException e = openExpectingCorruption(JournalConfig.defaults(), segment);
        assertEquals(fourth, e.offset());
        assertTrue(e.getMessage().contains("valid record follows"), e.getMessage());
    }

    @Test
    void foreignFileWithASegmentNameIsRejected() throws Exception {
        Files.createDirectories(dir);
        Path segment = Segment.in(dir, 0).path();
        Files.writeString(segment, "this is not a journal segment but it is long enough to have a header");

        JournalCorruptedException e = openExpectingCorruption(JournalConfig.defaults(), segment);
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }
}
