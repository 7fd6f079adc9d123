package org.isomargin.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.isomargin.journal.JournalFixtures.Replayed;

class JournalPropertyTest {

    @Property(tries = 40)
    void appendedPayloadsReplayIdenticallyAfterReopen(
            @ForAll @Size(max = 60) List<@Size(max = 300) byte[]> payloads,
            @ForAll @IntRange(min = 256, max = 4096) int segmentBytes) throws IOException {
        Path dir = Files.createTempDirectory("journal-property");
        JournalConfig config = JournalConfig.defaults().withSegmentBytes(segmentBytes).withMinFreeBytes(0);
        try {
            try (LocalJournal journal = LocalJournal.open(dir, config)) {
                List<CompletableFuture<Long>> futures = new ArrayList<>();
                for (int i = 0; i < payloads.size(); i++) {
                    futures.add(journal.append(i * 7L, payloads.get(i)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertEquals(i, futures.get(i).join());
                }
            }
            try (LocalJournal journal = LocalJournal.open(dir, config)) {
                List<Replayed> replayed = JournalFixtures.replayAll(journal, CommandLog.NO_SEQUENCE);
                assertEquals(payloads.size(), replayed.size());
                for (int i = 0; i < payloads.size(); i++) {
                    assertEquals(i, replayed.get(i).sequence());
                    assertEquals(i * 7L, replayed.get(i).timestampMs());
                    assertArrayEquals(payloads.get(i), replayed.get(i).payload());
                }
            }
        } finally {
            JournalFixtures.deleteTree(dir);
        }
    }

    @Property(tries = 2000)
    void recordFormatRoundTrips(@ForAll long sequence, @ForAll long timestamp, @ForAll @Size(max = 500) byte[] payload) {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocate(RecordFormat.recordBytes(payload.length));
        RecordFormat.encode(buf, sequence, timestamp, payload, crc);
        assertEquals(RecordFormat.Check.VALID, RecordFormat.check(buf, 0, buf.capacity(), 500, crc));
        assertEquals(sequence, RecordFormat.sequence(buf, 0));
        assertEquals(timestamp, RecordFormat.timestamp(buf, 0));
        assertArrayEquals(payload, RecordFormat.payload(buf, 0));
    }
}
