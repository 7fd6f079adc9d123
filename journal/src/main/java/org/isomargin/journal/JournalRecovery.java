package org.isomargin.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Start-up scan: verifies every record's CRC and sequence continuity across all segments.
 * Only a torn tail of the last segment (nothing valid after it) is repaired, by truncation;
 * any other damage throws {@link JournalCorruptedException} and leaves the files untouched.
 */
final class JournalRecovery {

    private final Path dir;
    private final JournalConfig config;
    private final ChannelOpener opener;
    private final RecordReader reader;
    private final long snapshotSequence;
    private long records;
    private long truncatedBytes;
    private Path truncatedFile;

    private JournalRecovery(Path dir, JournalConfig config, ChannelOpener opener, long snapshotSequence) {
        this.dir = dir;
        this.snapshotSequence = snapshotSequence;
        this.config = config;
        this.opener = opener;
        this.reader = new RecordReader(config.bufferBytes(), config.maxPayloadBytes());
    }

    /**
     * @param snapshotSequence the last sequence the state being restored already contains (a snapshot), or
     *                         {@link CommandLog#NO_SEQUENCE}: the journal must never hand out a sequence at or below it
     */
    static RecoveredJournal recover(Path dir, JournalConfig config, ChannelOpener opener, long snapshotSequence) {
        return new JournalRecovery(dir, config, opener, snapshotSequence).run();
    }

    static List<Segment> listSegments(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Segment::parse).filter(Objects::nonNull)
                    .sorted(Comparator.comparingLong(Segment::firstSequence)).toList();
        } catch (IOException e) {
            throw JournalErrors.io("cannot list journal data directory", dir, e);
        }
    }

    private RecoveredJournal run() {
        long started = System.nanoTime();
        List<Segment> segments = new ArrayList<>(listSegments(dir));
        long expected = segments.isEmpty() ? 0 : segments.get(0).firstSequence();
        long tailOffset = 0;
        long lastSegmentRecords = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.firstSequence() != expected && coveredGap(expected, segment.firstSequence())) {
                expected = segment.firstSequence();   // an earlier start continued the journal after a snapshot
            }
            if (segment.firstSequence() != expected) {
                throw new JournalCorruptedException(segment.path(), 0, "sequence gap: the previous segment ends at "
                        + (expected - 1) + " but this one starts at " + segment.firstSequence());
            }
            boolean last = i == segments.size() - 1;
            try {
                SegmentScan scan = scan(segment, last);
                if (scan.records == 0 && !last) {
                    throw new JournalCorruptedException(segment.path(), SegmentHeader.BYTES,
                            "segment holds no records but is not the last segment");
                }
                expected += scan.records;
                tailOffset = scan.end;
                lastSegmentRecords = scan.records;
            } catch (IOException e) {
                throw JournalErrors.io("cannot read journal segment", segment.path(), e);
            }
        }
        long journalEnd = expected - 1;
        boolean continueAfterSnapshot = snapshotSequence > journalEnd;
        if (continueAfterSnapshot && !segments.isEmpty() && lastSegmentRecords == 0) {
            // An empty last segment would become an empty non-last one; it holds no record, so it goes.
            deleteEmptySegment(segments.remove(segments.size() - 1));
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        RecoveryReport report = new RecoveryReport(segments.size(), records, journalEnd,
                truncatedBytes, truncatedFile, elapsedMs,
                continueAfterSnapshot ? snapshotSequence : CommandLog.NO_SEQUENCE);
        long last = Math.max(journalEnd, snapshotSequence);
        return new RecoveredJournal(List.copyOf(segments), last, continueAfterSnapshot ? 0 : tailOffset,
                continueAfterSnapshot, report);
    }

    /**
     * A gap between two segments is legitimate only when the snapshot being restored contains every missing
     * sequence: that is how a journal cut back below a snapshot continues (see docs/durability.md).
     */
    private boolean coveredGap(long expected, long nextFirst) {
        return nextFirst > expected && nextFirst - 1 <= snapshotSequence;
    }

    private void deleteEmptySegment(Segment segment) {
        try {
            Files.delete(segment.path());
            DataDirectory.sync(dir);
        } catch (IOException e) {
            throw JournalErrors.io("cannot remove the empty journal segment", segment.path(), e);
        }
    }

    private record SegmentScan(long records, long end) {
    }

    private SegmentScan scan(Segment segment, boolean last) throws IOException {
        try (FileChannel channel = FileChannel.open(segment.path(), StandardOpenOption.READ)) {
            long size = channel.size();
            String headerProblem = SegmentHeader.problem(SegmentHeader.read(channel), segment.firstSequence());
            if (headerProblem != null) {
                if (last && size <= SegmentHeader.BYTES) {
                    // crashed while creating the segment: no record can be in it, rewrite the header
                    truncatedBytes = size;
                    truncatedFile = segment.path();
                    return new SegmentScan(0, 0);
                }
                throw new JournalCorruptedException(segment.path(), 0, headerProblem);
            }
            reader.open(channel, SegmentHeader.BYTES);
            long expected = segment.firstSequence();
            while (true) {
                switch (reader.next()) {
                    case RECORD:
                        if (reader.sequence() != expected) {
                            throw new JournalCorruptedException(segment.path(), reader.recordOffset(),
                                    "expected sequence " + expected + " but found " + reader.sequence());
                        }
                        expected++;
                        records++;
                        break;
                    case END:
                        return new SegmentScan(expected - segment.firstSequence(), size);
                    case DAMAGED:
                    default:
                        long end = tornTail(channel, segment, last, expected);
                        return new SegmentScan(expected - segment.firstSequence(), end);
                }
            }
        }
    }

    /** Truncates a torn tail and returns the new end, or throws if the damage is not a torn tail. */
    private long tornTail(FileChannel channel, Segment segment, boolean last, long expected) throws IOException {
        long offset = reader.recordOffset();
        if (!last) {
            throw new JournalCorruptedException(segment.path(), offset,
                    reader.damage() + " in a segment that is not the last one");
        }
        long following = TailProbe.findValidRecordAfter(channel, offset, expected, config.maxPayloadBytes());
        if (following >= 0) {
            throw new JournalCorruptedException(segment.path(), offset, reader.damage()
                    + ", yet a valid record follows at offset " + following + ", so this is not a torn tail");
        }
        truncatedBytes = channel.size() - offset;
        truncatedFile = segment.path();
        try (FileChannel writable = opener.open(segment.path(), StandardOpenOption.WRITE)) {
            writable.truncate(offset);
            writable.force(true);
        } catch (IOException e) {
            throw JournalErrors.io("cannot truncate the torn tail of journal segment", segment.path(), e);
        }
        return offset;
    }
}
