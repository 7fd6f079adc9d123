package org.isomargin.journal;

/**
 * Tuning for {@link LocalJournal}.
 *
 * @param segmentBytes    roll to a new segment file once the current one would exceed this size
 * @param maxPayloadBytes largest accepted payload; also bounds what recovery believes a length is
 * @param minFreeBytes    refuse to open when the disk has less usable space than this
 * @param bufferBytes     write-batch and replay read buffer size (large reads, few syscalls)
 */
public record JournalConfig(long segmentBytes, int maxPayloadBytes, long minFreeBytes, int bufferBytes) {

    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 16 << 20;
    public static final int DEFAULT_BUFFER_BYTES = 1 << 20;
    /** Segments above 1 GiB would make a single segment scan unwieldy and offsets exceed int. */
    public static final long MAX_SEGMENT_BYTES = 1L << 30;

    public JournalConfig {
        if (segmentBytes < 256 || segmentBytes > MAX_SEGMENT_BYTES) {
            throw new IllegalArgumentException("segmentBytes must be in [256, 1 GiB]: " + segmentBytes);
        }
        if (maxPayloadBytes < 0 || maxPayloadBytes > 64 << 20) {
            throw new IllegalArgumentException("maxPayloadBytes must be in [0, 64 MiB]: " + maxPayloadBytes);
        }
        if (minFreeBytes < 0) {
            throw new IllegalArgumentException("minFreeBytes must be >= 0: " + minFreeBytes);
        }
        if (bufferBytes < 4096) {
            throw new IllegalArgumentException("bufferBytes must be >= 4096: " + bufferBytes);
        }
    }

    /** 64 MiB segments, 16 MiB payload cap, 1 MiB buffers, and room for one segment required. */
    public static JournalConfig defaults() {
        return new JournalConfig(DEFAULT_SEGMENT_BYTES, DEFAULT_MAX_PAYLOAD_BYTES,
                DEFAULT_SEGMENT_BYTES, DEFAULT_BUFFER_BYTES);
    }

    public JournalConfig withSegmentBytes(long bytes) {
        return new JournalConfig(bytes, maxPayloadBytes, minFreeBytes, bufferBytes);
    }

    public JournalConfig withMaxPayloadBytes(int bytes) {
        return new JournalConfig(segmentBytes, bytes, minFreeBytes, bufferBytes);
    }

    public JournalConfig withMinFreeBytes(long bytes) {
        return new JournalConfig(segmentBytes, maxPayloadBytes, bytes, bufferBytes);
    }

    public JournalConfig withBufferBytes(int bytes) {
        return new JournalConfig(segmentBytes, maxPayloadBytes, minFreeBytes, bytes);
    }
}
