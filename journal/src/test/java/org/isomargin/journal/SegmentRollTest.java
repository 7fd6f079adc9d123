package org.isomargin.journal;

import static org.isomargin.journal.JournalFixtures.appendMany;
import static org.isomargin.journal.JournalFixtures.payload;
import static org.isomargin.journal.JournalFixtures.replayAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.isomargin.journal.JournalFixtures.Replayed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentRollTest {

    private static final JournalConfig SMALL = JournalConfig.defaults().withSegmentBytes(1024).withMinFreeBytes(0);
    private static final int RECORDS = 200;

    @TempDir
    Path dir;

    @Test
    void rollsAtTheSizeLimitAndNamesSegmentsByFirstSequence() throws Exception {
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            appendMany(journal, RECORDS);
            List<Path> files = journal.segmentFiles();
            assertTrue(files.size() > 5, "only " + files.size() + " segments");
            long expectedFirst = 0;
            for (Path file : files) {
                assertTrue(Files.size(file) <= 1024, file + " exceeds the segment limit");
                Segment segment = Segment.parse(file);
                assertEquals(expectedFirst, segment.firstSequence());
                expectedFirst += JournalFixtures.recordOffsets(file).size();
            }
            assertEquals(RECORDS, expectedFirst);
        }
    }

    @Test
    void replaysAcrossSegmentsFromAnyStartingPoint() {
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            appendMany(journal, RECORDS);
        }
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            assertEquals(RECORDS, journal.recoveryReport().records());
            for (long after : new long[] {CommandLog.NO_SEQUENCE, 0, 17, 99, 150, RECORDS - 2}) {
                List<Replayed> records = replayAll(journal, after);
                assertEquals(LongStream.range(after + 1, RECORDS).boxed().toList(),
                        records.stream().map(Replayed::sequence).toList());
                for (Replayed r : records) {
                    assertArrayEquals(payload(r.sequence()), r.payload());
                    assertEquals(1_000 + r.sequence(), r.timestampMs());
                }
            }
        }
    }

    @Test
    void deletesOnlySegmentsWhollyCoveredAndNeverTheActiveOne() {
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            appendMany(journal, RECORDS);
            List<Path> before = journal.segmentFiles();
            long secondFirst = Segment.parse(before.get(1)).firstSequence();
            long thirdFirst = Segment.parse(before.get(2)).firstSequence();

            assertEquals(0, journal.deleteSegmentsCoveredBy(secondFirst - 2), "segment 0 not fully covered");
            assertEquals(1, journal.deleteSegmentsCoveredBy(secondFirst - 1));
            assertEquals(1, journal.deleteSegmentsCoveredBy(thirdFirst));   // covers one record of the third only
            assertEquals(before.subList(2, before.size()), journal.segmentFiles());
            assertTrue(Files.notExists(before.get(0)) && Files.notExists(before.get(1)));

            CommandLog log = journal;   // what the server calls after a snapshot: the interface, no downcast
            log.releaseCoveredBy(Long.MAX_VALUE);
            assertEquals(List.of(before.get(before.size() - 1)), journal.segmentFiles());

            long active = Segment.parse(before.get(before.size() - 1)).firstSequence();
            assertEquals(RECORDS - active, replayAll(journal, active - 1).size());
            JournalException e = assertThrows(JournalException.class, () -> replayAll(journal, 5));
            assertTrue(e.getMessage().contains("starts at " + active), e.getMessage());
        }
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            assertEquals(RECORDS - 1, journal.lastDurableSequence());
            assertEquals(RECORDS, journal.appendAndAwait(1, payload(RECORDS)));
        }
    }

    @Test
    void recordLargerThanASegmentGetsASegmentOfItsOwn() {
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            journal.appendAndAwait(1, payload(0));
            journal.appendAndAwait(2, new byte[3000]);
            journal.appendAndAwait(3, payload(2));
            assertEquals(3, journal.segmentFiles().size());
        }
        try (LocalJournal journal = LocalJournal.open(dir, SMALL)) {
            assertEquals(3000, replayAll(journal, 0).get(0).payload().length);
        }
    }
}
