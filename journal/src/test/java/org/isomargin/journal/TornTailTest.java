package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.appendMany;
import static org.isomargin.journal.JournalFixtures.payload;
import static org.isomargin.journal.JournalFixtures.replayAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.isomargin.journal.JournalFixtures.Replayed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TornTailTest {

    private static final int RECORDS = 6;

    @TempDir
    Path tmp;

    private Path pristine() {
        Path dir = tmp.resolve("pristine");
        try (LocalJournal journal = LocalJournal.open(dir)) {
            appendMany(journal, RECORDS);
        }
        return dir;
    }

    @Test
    void tornLastRecordAtEveryByteOffsetIsTruncatedAndTheLogContinues() throws Exception {
        Path pristine = pristine();
        Path segment = JournalFixtures.segmentFiles(pristine).get(0);
        List<Long> offsets = JournalFixtures.recordOffsets(segment);
        long lastStart = offsets.get(RECORDS - 1);
        long end = Files.size(segment);

        for (long cut = lastStart; cut < end; cut++) {
            Path dir = tmp.resolve("cut-" + cut);
            JournalFixtures.copyDir(pristine, dir);
            JournalFixtures.truncate(dir.resolve(segment.getFileName()), cut);
            byte[] replacement = ("replacement-" + cut).getBytes(StandardCharsets.UTF_8);

            try (LocalJournal journal = LocalJournal.open(dir)) {
                RecoveryReport report = journal.recoveryReport();
                assertEquals(cut - lastStart, report.truncatedBytes(), "cut at " + cut);
                assertEquals(RECORDS - 2, report.lastSequence());
                assertEquals(RECORDS - 1, journal.appendAndAwait(7, replacement));
            }
            try (LocalJournal journal = LocalJournal.open(dir)) {
                List<Replayed> records = replayAll(journal, CommandLog.NO_SEQUENCE);
                assertEquals(LongStream.range(0, RECORDS).boxed().toList(),
                        records.stream().map(Replayed::sequence).toList());
                assertArrayEquals(replacement, records.get(RECORDS - 1).payload());
                assertEquals(0, journal.recoveryReport().truncatedBytes());
            }
            JournalFixtures.deleteTree(dir);
        }
    }

    @Test
    void badChecksumInTheLastRecordIsATornTail() {
        Path dir = pristine();
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        long lastStart = JournalFixtures.recordOffsets(segment).get(RECORDS - 1);
        JournalFixtures.flipByte(segment, lastStart + RecordFormat.HEADER_BYTES + 3, 0x20);

        try (LocalJournal journal = LocalJournal.open(dir)) {
            RecoveryReport report = journal.recoveryReport();
            assertTrue(report.truncated());
            assertEquals(segment, report.truncatedFile());
            assertEquals(RECORDS - 2, journal.lastDurableSequence());
        }
    }

    @Test
    void zeroFilledGarbageAfterTheLastRecordIsTruncated() throws Exception {
        Path dir = pristine();
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        long size = Files.size(segment);
        Files.write(segment, new byte[4096], StandardOpenOption.APPEND);

        try (LocalJournal journal = LocalJournal.open(dir)) {
            assertEquals(4096, journal.recoveryReport().truncatedBytes());
            assertEquals(RECORDS - 1, journal.lastDurableSequence());
        }
        assertEquals(size, Files.size(segment));
    }

    @Test
    void staleOlderRecordsAfterATornRecordDoNotLookLikeData() throws Exception {
        Path dir = pristine();
        Path segment = JournalFixtures.segmentFiles(dir).get(0);
        List<Long> offsets = JournalFixtures.recordOffsets(segment);
        byte[] bytes = JournalFixtures.read(segment);
        // a half-written last record, then a block still holding an old copy of record 0
        byte[] torn = Arrays.copyOf(bytes, (int) (offsets.get(RECORDS - 1) + 10));
        byte[] stale = Arrays.copyOfRange(bytes, offsets.get(0).intValue(), offsets.get(1).intValue());
        byte[] crashed = Arrays.copyOf(torn, torn.length + stale.length);
        System.arraycopy(stale, 0, crashed, torn.length, stale.length);
        JournalFixtures.write(segment, crashed);

        try (LocalJournal journal = LocalJournal.open(dir)) {
            assertEquals(10 + stale.length, journal.recoveryReport().truncatedBytes());
            assertEquals(RECORDS - 2, journal.lastDurableSequence());
        }
    }

    @Test
    void segmentTornWhileWritingItsHeaderIsRebuilt() throws Exception {
        JournalConfig small = JournalConfig.defaults().withSegmentBytes(512).withMinFreeBytes(0);
        Path dir = tmp.resolve("rolled");
        try (LocalJournal journal = LocalJournal.open(dir, small)) {
            appendMany(journal, 3);
        }
        // the crash happened after creating the next segment file but before its header was durable
        Path next = Segment.in(dir, 3).path();
        Files.write(next, new byte[] {'I', 'S', 'O'});

        try (LocalJournal journal = LocalJournal.open(dir, small)) {
            assertEquals(3, journal.recoveryReport().truncatedBytes());
            assertEquals(next, journal.recoveryReport().truncatedFile());
            assertEquals(3, journal.appendAndAwait(1, payload(3)));
        }
        try (LocalJournal journal = LocalJournal.open(dir, small)) {
            assertEquals(4, replayAll(journal, CommandLog.NO_SEQUENCE).size());
        }
    }
}
