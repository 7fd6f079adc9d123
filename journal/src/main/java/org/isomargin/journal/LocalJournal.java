package org.isomargin.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The single-machine {@link CommandLog}: CRC-checked records in size-rolled segment files,
 * group-committed with one {@code force(false)} per batch. See docs/durability.md.
 *
 * <p>Opening recovers the directory first (see {@link #recoveryReport()}): a torn tail of the last
 * segment is truncated; any other damage throws {@link JournalCorruptedException}.
 */
public final class LocalJournal implements CommandLog {

    private final Path dir;
    private final JournalConfig config;
    private final DataDirectory dataDirectory;
    private final RecoveryReport report;
    private final List<Segment> segments;          // guarded by itself; the writer adds on roll
    private final SegmentWriter segmentWriter;
    private final GroupCommitWriter writer;
    private boolean closed;

    private LocalJournal(Path dir, JournalConfig config, DataDirectory dataDirectory, RecoveredJournal recovered,
                         ChannelOpener opener) {
        this.dir = dir;
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.report = recovered.report();
        this.segments = new ArrayList<>(recovered.segments());
        FileWatch watch = new FileWatch();
        try {
            watch.lockFile(dataDirectory.lockFile());
        } catch (IOException e) {
            throw JournalErrors.io("cannot read the journal lock file", dataDirectory.lockFile(), e);
        }
        this.segmentWriter = SegmentWriter.open(dir, config, opener, recovered, this::addSegment, watch);
        this.writer = new GroupCommitWriter(segmentWriter, watch, recovered.lastSequence());
    }

    public static LocalJournal open(Path dir) {
        return open(dir, JournalConfig.defaults());
    }

    /**
     * Opens (creating if needed) the journal in {@code dir} and recovers it.
     *
     * @throws JournalException          if the directory is unusable (not a directory, read-only, full,
     *                                   locked by another process); nothing on disk is changed
     * @throws JournalCorruptedException if damage other than a torn tail is found
     */
    public static LocalJournal open(Path dir, JournalConfig config) {
        return open(dir, config, ChannelOpener.DEFAULT);
    }

    /**
     * Opens the journal for a state that already contains every record up to {@code snapshotSequence} (a
     * snapshot). If the journal ends below it (its tail was cut after the snapshot was taken), new records
     * continue after {@code snapshotSequence} in a new segment and the report says so: a sequence the snapshot
     * holds is never handed out again, so replay after that snapshot can never skip an acknowledged record.
     */
    public static LocalJournal open(Path dir, JournalConfig config, long snapshotSequence) {
        return open(dir, config, ChannelOpener.DEFAULT, snapshotSequence);
    }

    static LocalJournal open(Path dir, JournalConfig config, ChannelOpener opener) {
        return open(dir, config, opener, NO_SEQUENCE);
    }

    static LocalJournal open(Path dir, JournalConfig config, ChannelOpener opener, long snapshotSequence) {
        DataDirectory dataDirectory = DataDirectory.open(dir, opener, config.minFreeBytes());
        try {
            RecoveredJournal recovered = JournalRecovery.recover(dir, config, opener, snapshotSequence);
            return new LocalJournal(dir, config, dataDirectory, recovered, opener);
        } catch (RuntimeException e) {
            dataDirectory.close();
            throw e;
        }
    }

    @Override
    public CompletableFuture<Long> append(long timestampMs, byte[] payload) {
        if (payload.length > config.maxPayloadBytes()) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds the journal maximum of "
                    + config.maxPayloadBytes());
        }
        return writer.append(timestampMs, payload);
    }

    @Override
    public CompletableFuture<Long> barrier() {
        return writer.barrier();
    }

    /**
     * The failure that stopped the journal, or null: an I/O error while writing, or its files deleted or
     * replaced under the running process (checked on every group commit and every second while idle).
     */
    @Override
    public JournalException failure() {
        return writer.failure();
    }

    @Override
    public long lastDurableSequence() {
        return writer.durableSequence();
    }

    @Override
    public long replay(long afterSeq, RecordConsumer consumer) {
        long limit = writer.durableSequence();
        return SegmentReplay.replay(segmentsSnapshot(), afterSeq, limit, config, consumer);
    }

    /** Deletes the segments a snapshot made unnecessary (see {@link #deleteSegmentsCoveredBy}). */
    @Override
    public void releaseCoveredBy(long sequence) { deleteSegmentsCoveredBy(sequence); }

    /**
     * Deletes the oldest segments whose every record is &le; {@code sequence} (a snapshot covers them).
     * The active segment is never deleted. Returns how many files were removed.
     */
    public int deleteSegmentsCoveredBy(long sequence) {
        int deleted = 0;
        synchronized (segments) {
            while (segments.size() > 1 && segments.get(1).firstSequence() - 1 <= sequence) {
                Path oldest = segments.get(0).path();
                try {
                    Files.delete(oldest);
                } catch (IOException e) {
                    throw JournalErrors.io("cannot delete covered journal segment", oldest, e);
                }
                segments.remove(0);
                deleted++;
            }
        }
        if (deleted > 0) {
            try {
                DataDirectory.sync(dir);
            } catch (IOException e) {
                throw JournalErrors.io("cannot sync journal data directory", dir, e);
            }
        }
        return deleted;
    }

    /** What start-up recovery found and repaired. */
    public RecoveryReport recoveryReport() {
        return report;
    }

    /** Number of {@code force()} calls so far; with group commit it grows slower than appends. */
    public long forceCount() {
        return segmentWriter.forces();
    }

    /** Current segment files, oldest first. */
    public List<Path> segmentFiles() {
        return segmentsSnapshot().stream().map(Segment::path).toList();
    }

    public Path directory() {
        return dir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        try {
            segmentWriter.close();
        } catch (IOException e) {
            throw JournalErrors.io("cannot close journal segment", segmentWriter.path(), e);
        } finally {
            dataDirectory.close();
        }
    }

    private void addSegment(Segment segment) {
        synchronized (segments) {
            segments.add(segment);
        }
    }

    private List<Segment> segmentsSnapshot() {
        synchronized (segments) {
            return List.copyOf(segments);
        }
    }
}
