package org.isomargin.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Streams records from one segment through a large direct buffer: one read syscall per buffer
 * fill, never per record. Each {@link #next()} validates length and CRC before exposing a record.
 */
final class RecordReader {

    enum Status { RECORD, END, DAMAGED }

    private final int maxPayload;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer buf;
    private FileChannel channel;
    private long bufferFileOffset;   // file offset of buf index 0
    private int pos;                 // start of the current record within buf
    private int limit;               // end of valid bytes within buf
    private int currentLength;
    private boolean eof;
    private String damage;

    /** One reader (and one direct buffer) serves a whole recovery or replay, segment after segment. */
    RecordReader(int bufferBytes, int maxPayload) {
        this.maxPayload = maxPayload;
        this.buf = ByteBuffer.allocateDirect(bufferBytes);
    }

    /** Starts reading {@code channel} at {@code startOffset}; the caller owns and closes the channel. */
    RecordReader open(FileChannel channel, long startOffset) {
        this.channel = channel;
        this.bufferFileOffset = startOffset;
        this.pos = 0;
        this.limit = 0;
        this.currentLength = -1;
        this.eof = false;
        this.damage = null;
        return this;
    }

    /** Advances to the next record; on DAMAGED, {@link #recordOffset()} is where it starts. */
    Status next() throws IOException {
        if (currentLength >= 0) {
            pos += RecordFormat.recordBytes(currentLength);
            currentLength = -1;
        }
        while (true) {
            RecordFormat.Check check = RecordFormat.check(buf, pos, limit, maxPayload, crc);
            switch (check) {
                case VALID:
                    currentLength = RecordFormat.payloadLength(buf, pos);
                    return Status.RECORD;
                case BAD_LENGTH:
                    damage = "invalid record length " + RecordFormat.payloadLength(buf, pos);
                    return Status.DAMAGED;
                case BAD_CHECKSUM:
                    damage = "record checksum mismatch";
                    return Status.DAMAGED;
                case NEEDS_MORE:
                default:
                    if (eof || !fill()) {
                        return describeShortTail();
                    }
            }
        }
    }

    long recordOffset() {
        return bufferFileOffset + pos;
    }

    long sequence() {
        return RecordFormat.sequence(buf, pos);
    }

    long timestamp() {
        return RecordFormat.timestamp(buf, pos);
    }

    byte[] payload() {
        return RecordFormat.payload(buf, pos);
    }

    String damage() {
        return damage;
    }

    private Status describeShortTail() {
        int available = limit - pos;
        if (available == 0) {
            return Status.END;
        }
        damage = available < RecordFormat.HEADER_BYTES
                ? "truncated record header (" + available + " of " + RecordFormat.HEADER_BYTES + " bytes)"
                : "truncated record (" + available + " of "
                        + RecordFormat.recordBytes(RecordFormat.payloadLength(buf, pos)) + " bytes)";
        return Status.DAMAGED;
    }

    /** Moves the unread tail to the buffer start and reads more; false at end of file. */
    private boolean fill() throws IOException {
        int pending = limit - pos;
        int needed = pending < RecordFormat.HEADER_BYTES
                ? RecordFormat.HEADER_BYTES
                : RecordFormat.recordBytes(RecordFormat.payloadLength(buf, pos));
        if (needed > buf.capacity()) {
            grow(needed);
        } else {
            buf.limit(limit).position(pos);
            buf.compact();
        }
        bufferFileOffset += pos;
        pos = 0;
        limit = pending;
        buf.limit(buf.capacity()).position(limit);
        int read = channel.read(buf, bufferFileOffset + limit);
        if (read <= 0) {
            eof = true;
            return false;
        }
        limit += read;
        while (buf.hasRemaining() && (read = channel.read(buf, bufferFileOffset + limit)) > 0) {
            limit += read;
        }
        return true;
    }

    /** A record larger than the buffer gets a buffer of its own size (rare: payloads are small). */
    private void grow(int needed) {
        ByteBuffer bigger = ByteBuffer.allocateDirect(needed);
        buf.limit(limit).position(pos);
        bigger.put(buf);
        buf = bigger;
    }
}
