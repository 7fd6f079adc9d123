package org.isomargin.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class RecordFormatTest {

    private final CRC32C crc = new CRC32C();

    private ByteBuffer encoded(long seq, long ts, byte[] payload) {
        ByteBuffer buf = ByteBuffer.allocate(RecordFormat.recordBytes(payload.length));
        RecordFormat.encode(buf, seq, ts, payload, crc);
        return buf;
    }

    @Test
    void roundTripsEveryField() {
        byte[] payload = "add-margin BTCUSDT 12.5".getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = encoded(42, 1_700_000_000_123L, payload);

        assertEquals(RecordFormat.Check.VALID, RecordFormat.check(buf, 0, buf.capacity(), 1024, crc));
        assertEquals(42, RecordFormat.sequence(buf, 0));
        assertEquals(1_700_000_000_123L, RecordFormat.timestamp(buf, 0));
        assertArrayEquals(payload, RecordFormat.payload(buf, 0));
        assertEquals(24 + payload.length, buf.position());
    }

    @Test
    void emptyPayloadIsAValidRecord() {
        ByteBuffer buf = encoded(0, 0, new byte[0]);
        assertEquals(RecordFormat.Check.VALID, RecordFormat.check(buf, 0, buf.capacity(), 0, crc));
        assertEquals(0, RecordFormat.payload(buf, 0).length);
    }

    @Test
    void everySingleByteFlipIsDetected() {
        byte[] payload = "a payload long enough to span a few words".getBytes(StandardCharsets.UTF_8);
        ByteBuffer pristine = encoded(7, 123_456, payload);
        for (int offset = 0; offset < pristine.capacity(); offset++) {
            for (int mask : new int[] {0x01, 0x10, 0x80, 0xFF}) {
                ByteBuffer damaged = ByteBuffer.allocate(pristine.capacity()).put(pristine.array());
                damaged.put(offset, (byte) (damaged.get(offset) ^ mask));
                assertNotEquals(RecordFormat.Check.VALID,
                        RecordFormat.check(damaged, 0, damaged.capacity(), 1 << 20, crc),
                        "flip 0x" + Integer.toHexString(mask) + " at byte " + offset + " went unnoticed");
            }
        }
    }

    @Test
    void incompleteRecordNeedsMoreBytes() {
        ByteBuffer buf = encoded(1, 2, new byte[10]);
        for (int available = 0; available < buf.capacity(); available++) {
            assertEquals(RecordFormat.Check.NEEDS_MORE, RecordFormat.check(buf, 0, available, 100, crc));
        }
    }

    @Test
    void lengthAboveTheMaximumIsRejectedBeforeReading() {
        ByteBuffer buf = encoded(1, 2, new byte[10]);
        assertEquals(RecordFormat.Check.BAD_LENGTH, RecordFormat.check(buf, 0, buf.capacity(), 9, crc));
    }

    @Test
    void segmentHeaderRoundTripsAndCatchesEveryFlip() {
        ByteBuffer header = SegmentHeader.encode(1234);
        assertNull(SegmentHeader.problem(header, 1234));
        assertNotNull(SegmentHeader.problem(header, 1235));
        for (int offset = 0; offset < SegmentHeader.BYTES; offset++) {
            ByteBuffer damaged = SegmentHeader.encode(1234);
            damaged.put(offset, (byte) (damaged.get(offset) ^ 0x04));
            assertNotNull(SegmentHeader.problem(damaged, 1234), "flip at header byte " + offset);
        }
    }
}
