package org.isomargin.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The 32-byte segment file header:
 * {@code "ISOMJRNL" | int version | int headerBytes | long firstSequence | int crc32c | int 0}.
 * The first sequence is repeated from the file name so a renamed file is caught.
 */
final class SegmentHeader {

    static final int BYTES = 32;
    static final int VERSION = 1;
    private static final byte[] MAGIC = "ISOMJRNL".getBytes(StandardCharsets.US_ASCII);
    private static final int CRC_OFFSET = 24;

    private SegmentHeader() {
    }

    static ByteBuffer encode(long firstSequence) {
        ByteBuffer buf = ByteBuffer.allocate(BYTES);
        buf.put(MAGIC).putInt(VERSION).putInt(BYTES).putLong(firstSequence);
        buf.putInt(crc(buf)).putInt(0);
        return buf.flip();
    }

    /** Reads up to {@link #BYTES} from the start of the file, fewer only if the file is shorter. */
    static ByteBuffer read(FileChannel channel) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(BYTES);
        while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
            // positional reads until the header is full or the file ends
        }
        return header.flip();
    }

    /** Returns null when the header is valid for {@code expectedFirst}, else what is wrong. */
    static String problem(ByteBuffer buf, long expectedFirst) {
        if (buf.remaining() < BYTES) {
            return "segment header truncated to " + buf.remaining() + " bytes";
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (buf.get(i) != MAGIC[i]) {
                return "not a journal segment (bad magic)";
            }
        }
        if (buf.getInt(CRC_OFFSET) != crc(buf)) {
            return "segment header checksum mismatch";
        }
        if (buf.getInt(CRC_OFFSET + 4) != 0) {
            return "reserved segment header bytes are not zero";
        }
        if (buf.getInt(8) != VERSION || buf.getInt(12) != BYTES) {
            return "unsupported segment version " + buf.getInt(8);
        }
        long first = buf.getLong(16);
        if (first != expectedFirst) {
            return "header says first sequence " + first + " but the file name says " + expectedFirst;
        }
        return null;
    }

    private static int crc(ByteBuffer buf) {
        CRC32C crc = new CRC32C();
        crc.update(buf.array(), buf.arrayOffset(), CRC_OFFSET);
        return (int) crc.getValue();
    }
}
