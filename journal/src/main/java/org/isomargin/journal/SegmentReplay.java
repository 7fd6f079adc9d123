package org.isomargin.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Streams records after a sequence up to a durable limit, re-verifying CRC and continuity.
 * It stops exactly at the limit: bytes beyond it may be a batch the writer has not forced yet.
 */
final class SegmentReplay {

    private final RecordConsumer consumer;
    private final long afterSequence;
    private final long limit;
    private final RecordReader reader;
    private long expected;
    private long delivered;

    private SegmentReplay(JournalConfig config, RecordConsumer consumer, long afterSequence, long limit) {
        this.consumer = consumer;
        this.afterSequence = afterSequence;
        this.limit = limit;
        this.reader = new RecordReader(config.bufferBytes(), config.maxPayloadBytes());
    }

    static long replay(List<Segment> segments, long afterSequence, long limit, JournalConfig config,
                       RecordConsumer consumer) {
        if (afterSequence > limit) {
            // The caller's state is ahead of the log: replaying "nothing" would hide lost or reused sequences.
            throw new JournalException("cannot replay after sequence " + afterSequence + ": the journal ends at "
                    + limit + " (the state being restored is ahead of the journal)");
        }
        if (afterSequence == limit) {
            return 0;
        }
        long oldest = segments.get(0).firstSequence();
        if (afterSequence + 1 < oldest) {
            throw new JournalException("cannot replay after sequence " + afterSequence + ": the journal now starts at "
                    + oldest + " (older segments were deleted once a snapshot covered them)");
        }
        SegmentReplay replay = new SegmentReplay(config, consumer, afterSequence, limit);
        int first = 0;
        while (first + 1 < segments.size() && segments.get(first + 1).firstSequence() <= afterSequence + 1) {
            first++;
        }
        replay.expected = segments.get(first).firstSequence();
        for (int i = first; i < segments.size() && replay.expected <= limit; i++) {
            replay.segment(segments.get(i));
        }
        if (replay.expected <= limit) {
            Segment last = segments.get(segments.size() - 1);
            throw new JournalCorruptedException(last.path(), replay.reader.recordOffset(),
                    "the journal ends at sequence " + (replay.expected - 1) + " but " + limit + " was acknowledged");
        }
        return replay.delivered;
    }

    private void segment(Segment segment) {
        if (segment.firstSequence() != expected) {
            throw new JournalCorruptedException(segment.path(), 0,
                    "expected the segment to start at sequence " + expected);
        }
        try (FileChannel channel = FileChannel.open(segment.path(), StandardOpenOption.READ)) {
            String problem = SegmentHeader.problem(SegmentHeader.read(channel), segment.firstSequence());
            if (problem != null) {
                throw new JournalCorruptedException(segment.path(), 0, problem);
            }
            records(segment, reader.open(channel, SegmentHeader.BYTES));
        } catch (IOException e) {
            throw JournalErrors.io("cannot read journal segment", segment.path(), e);
        }
    }

    private void records(Segment segment, RecordReader reader) throws IOException {
        while (expected <= limit) {
            switch (reader.next()) {
                case RECORD:
                    if (reader.sequence() != expected) {
                        throw new JournalCorruptedException(segment.path(), reader.recordOffset(),
                                "expected sequence " + expected + " but found " + reader.sequence());
                    }
                    if (expected > afterSequence) {
                        consumer.accept(expected, reader.timestamp(), reader.payload());
                        delivered++;
                    }
                    expected++;
                    break;
                case END:
                    return;
                case DAMAGED:
                default:
                    throw new JournalCorruptedException(segment.path(), reader.recordOffset(), reader.damage());
            }
        }
    }
}
