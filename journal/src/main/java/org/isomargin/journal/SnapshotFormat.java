package org.isomargin.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Snapshot file layout: a 32-byte header
 * {@code "ISOMSNAP" | int version | int crc32c | long lastSequence | long stateLength}, then the state.
 * The CRC covers lastSequence, stateLength and the state; magic and version are compared exactly.
 */
final class SnapshotFormat {

    static final int HEADER_BYTES = 32;
    static final int VERSION = 1;
    private static final byte[] MAGIC = "ISOMSNAP".getBytes(StandardCharsets.US_ASCII);
    private static final int CRC_OFFSET = 12;
    private static final int SEQUENCE_OFFSET = 16;
    private static final int LENGTH_OFFSET = 24;
    /** Largest state a byte[] can hold. */
    static final long MAX_STATE_BYTES = Integer.MAX_VALUE - 8;

    private SnapshotFormat() {
    }

    static ByteBuffer header(long lastSequence, byte[] state) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).putInt(VERSION).putInt(0).putLong(lastSequence).putLong(state.length);
        header.putInt(CRC_OFFSET, crc(header, state));
        return header.flip();
    }

    /** Returns null if the header is usable for a file of {@code fileSize} bytes, else the problem. */
    static String headerProblem(ByteBuffer header, long expectedSequence, long fileSize) {
        if (header.remaining() < HEADER_BYTES) {
            return "truncated header (" + header.remaining() + " of " + HEADER_BYTES + " bytes)";
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header.get(i) != MAGIC[i]) {
                return "not a snapshot (bad magic)";
            }
        }
        if (header.getInt(8) != VERSION) {
            return "unsupported snapshot version " + header.getInt(8);
        }
        if (sequence(header) != expectedSequence) {
            return "header says sequence " + sequence(header) + " but the file name says " + expectedSequence;
        }
        long length = stateLength(header);
        if (length < 0 || length > MAX_STATE_BYTES || length != fileSize - HEADER_BYTES) {
            return "header says " + length + " state bytes but the file holds " + (fileSize - HEADER_BYTES);
        }
        return null;
    }

    static boolean checksumMatches(ByteBuffer header, byte[] state) {
        return header.getInt(CRC_OFFSET) == crc(header, state);
    }

    static long sequence(ByteBuffer header) {
        return header.getLong(SEQUENCE_OFFSET);
    }

    static long stateLength(ByteBuffer header) {
        return header.getLong(LENGTH_OFFSET);
    }

    private static int crc(ByteBuffer header, byte[] state) {
        CRC32C crc = new CRC32C();
        crc.update(header.array(), SEQUENCE_OFFSET, HEADER_BYTES - SEQUENCE_OFFSET);
        crc.update(state);
        return (int) crc.getValue();
    }
}
