package org.isomargin.journal;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Decides whether damage in the last segment is a torn tail: it is only if no valid record starts
 * anywhere after it. Runs on the failure path only, so a byte-by-byte search is affordable.
 */
final class TailProbe {

    /**
     * A following record that continues the log has a sequence in [expected, expected + window);
     * older sequences are stale blocks a file system may expose after a crash, not our data.
     */
    private static final long SEQUENCE_WINDOW = 1L << 32;

    private TailProbe() {
    }

    /** Returns the file offset of the first valid record after {@code damageOffset}, or -1. */
    static long findValidRecordAfter(FileChannel channel, long damageOffset, long expectedSequence,
                                     int maxPayload) throws IOException {
        long start = damageOffset + 1;
        long size = channel.size();
        if (size - start < RecordFormat.HEADER_BYTES) {
            return -1;
        }
        MappedByteBuffer tail = channel.map(FileChannel.MapMode.READ_ONLY, start, size - start);
        CRC32C crc = new CRC32C();
        int limit = tail.capacity();
        for (int p = 0; p + RecordFormat.HEADER_BYTES <= limit; p++) {
            long sequence = RecordFormat.sequence(tail, p);
            if (sequence >= expectedSequence && sequence - expectedSequence < SEQUENCE_WINDOW
                    && RecordFormat.check(tail, p, limit, maxPayload, crc) == RecordFormat.Check.VALID) {
                return start + p;
            }
        }
        return -1;
    }
}
