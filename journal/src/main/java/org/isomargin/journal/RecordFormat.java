package org.isomargin.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * One journal record, integers big-endian (ByteBuffer's default):
 * {@code int payloadLength | int crc32c | long sequence | long timestampMs | payload}.
 * The CRC covers sequence, timestamp and payload; the length is covered indirectly because a wrong
 * length moves the CRC window.
 */
final class RecordFormat {

    static final int HEADER_BYTES = 24;
    private static final int CRC_OFFSET = 4;
    private static final int SEQUENCE_OFFSET = 8;
    private static final int TIMESTAMP_OFFSET = 16;

    /** Outcome of {@link #check}: a whole valid record, too few bytes to tell, or invalid. */
    enum Check { VALID, NEEDS_MORE, BAD_LENGTH, BAD_CHECKSUM }

    private RecordFormat() {
    }

    static int recordBytes(int payloadLength) {
        return HEADER_BYTES + payloadLength;
    }

    /** Writes a record at the buffer's position and advances it; the caller ensured capacity. */
    static void encode(ByteBuffer buf, long sequence, long timestampMs, byte[] payload, CRC32C crc) {
        int start = buf.position();
        buf.putInt(payload.length).putInt(0).putLong(sequence).putLong(timestampMs).put(payload);
        buf.putInt(start + CRC_OFFSET, checksum(buf, start, payload.length, crc));
    }

    /**
     * Validates the record starting at {@code pos}; {@code limit} is the end of readable bytes.
     * Leaves position and limit unchanged.
     */
    static Check check(ByteBuffer buf, int pos, int limit, int maxPayload, CRC32C crc) {
        if (limit - pos < HEADER_BYTES) {
            return Check.NEEDS_MORE;
        }
        int length = buf.getInt(pos);
        if (length < 0 || length > maxPayload) {
            return Check.BAD_LENGTH;
        }
        if (limit - pos < HEADER_BYTES + length) {
            return Check.NEEDS_MORE;
        }
        int stored = buf.getInt(pos + CRC_OFFSET);
        return stored == checksum(buf, pos, length, crc) ? Check.VALID : Check.BAD_CHECKSUM;
    }

    static int payloadLength(ByteBuffer buf, int pos) {
        return buf.getInt(pos);
    }

    static long sequence(ByteBuffer buf, int pos) {
        return buf.getLong(pos + SEQUENCE_OFFSET);
    }

    static long timestamp(ByteBuffer buf, int pos) {
        return buf.getLong(pos + TIMESTAMP_OFFSET);
    }

    static byte[] payload(ByteBuffer buf, int pos) {
        byte[] payload = new byte[payloadLength(buf, pos)];
        buf.get(pos + HEADER_BYTES, payload);
        return payload;
    }

    /** CRC32C over sequence, timestamp and payload, computed in place (no copy). */
    private static int checksum(ByteBuffer buf, int recordStart, int payloadLength, CRC32C crc) {
        int savedPosition = buf.position();
        int savedLimit = buf.limit();
        buf.limit(recordStart + HEADER_BYTES + payloadLength).position(recordStart + SEQUENCE_OFFSET);
        crc.reset();
        crc.update(buf);
        buf.limit(savedLimit).position(savedPosition);
        return (int) crc.getValue();
    }
}
