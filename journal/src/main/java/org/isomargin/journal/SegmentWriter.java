package org.isomargin.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Appends encoded records to the active segment through one direct buffer and rolls to a new
 * segment at the size limit. Used by the writer thread only.
 */
final class SegmentWriter implements AutoCloseable {

    private final Path dir;
    private final JournalConfig config;
    private final ChannelOpener opener;
    private final Consumer<Segment> onNewSegment;
    private final FileWatch watch;
    private final CRC32C crc = new CRC32C();
    private ByteBuffer buffer;
    private Segment segment;
    private FileChannel channel;
    private long position;          // file offset where the buffer's bytes will land
    private volatile long forces;

    private SegmentWriter(Path dir, JournalConfig config, ChannelOpener opener, Consumer<Segment> onNewSegment,
                          FileWatch watch) {
        this.dir = dir;
        this.watch = watch;
        this.config = config;
        this.opener = opener;
        this.onNewSegment = onNewSegment;
        this.buffer = ByteBuffer.allocateDirect(config.bufferBytes());
    }

    /** Continues the recovered last segment, or starts the journal at sequence 0. */
    static SegmentWriter open(Path dir, JournalConfig config, ChannelOpener opener, RecoveredJournal recovered,
                              Consumer<Segment> onNewSegment, FileWatch watch) {
        SegmentWriter writer = new SegmentWriter(dir, config, opener, onNewSegment, watch);
        List<Segment> segments = recovered.segments();
        boolean fresh = segments.isEmpty() || recovered.newSegment();
        Segment last = fresh ? Segment.in(dir, recovered.lastSequence() + 1) : segments.get(segments.size() - 1);
        try {
            if (fresh || recovered.tailOffset() == 0) {
                writer.create(last, fresh);
            } else {
                writer.segment = last;
                writer.channel = opener.open(last.path(), StandardOpenOption.WRITE);
                writer.position = recovered.tailOffset();
                watch.segment(last.path());
            }
        } catch (IOException e) {
            throw JournalErrors.io("cannot prepare journal segment for writing", last.path(), e);
        }
        return writer;
    }

    /** Buffers one record, first rolling to a new segment if this one would outgrow its limit. */
    void append(long sequence, long timestampMs, byte[] payload) throws IOException {
        int bytes = RecordFormat.recordBytes(payload.length);
        long end = position + buffer.position();
        if (end + bytes > config.segmentBytes() && end > SegmentHeader.BYTES) {
            roll(sequence);
        }
        if (buffer.remaining() < bytes) {
            flush();
            if (buffer.capacity() < bytes) {
                buffer = ByteBuffer.allocateDirect(bytes);
            }
        }
        RecordFormat.encode(buffer, sequence, timestampMs, payload, crc);
    }

    /** Writes what is buffered and forces it: after this returns, every appended record is durable. */
    void force() throws IOException {
        flush();
        channel.force(false);
        forces++;
    }

    Path path() {
        return segment.path();
    }

    long forces() {
        return forces;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
        buffer.clear();
    }

    /** The old segment is forced before the new one exists, so durability stays in sequence order. */
    private void roll(long firstSequence) throws IOException {
        force();
        channel.close();
        create(Segment.in(dir, firstSequence), true);
    }

    /** Writes and forces the header (and the directory entry) before any record goes in. */
    private void create(Segment next, boolean isNew) throws IOException {
        segment = next;
        channel = null;
        try {
            channel = isNew
                    ? opener.open(next.path(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                    : opener.open(next.path(), StandardOpenOption.WRITE);
            channel.truncate(0);
            ByteBuffer header = SegmentHeader.encode(next.firstSequence());
            while (header.hasRemaining()) {
                channel.write(header, header.position());
            }
            channel.force(false);
            DataDirectory.sync(dir);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                undoCreate(next, isNew, e);
            }
            throw e;
        }
        position = SegmentHeader.BYTES;
        watch.segment(next.path());
        if (isNew) {
            onNewSegment.accept(next);
        }
    }

    /** A file we just created is ours and holds no record: remove it so the directory is as found. */
    private void undoCreate(Segment next, boolean isNew, Exception failure) {
        try {
            channel.close();
            channel = null;
            if (isNew) {
                Files.deleteIfExists(next.path());
            }
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }
}
