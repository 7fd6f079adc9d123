package org.isomargin.journal;

import java.util.List;
import java.util.Optional;

/**
 * Result of {@link SnapshotStore#loadLatestValid()}: the newest snapshot that verified (if any) and
 * every newer one that did not, so the caller can log them rather than lose them silently.
 */
public record SnapshotLoad(Optional<Snapshot> snapshot, List<CorruptSnapshot> skipped) {

    public SnapshotLoad {
        skipped = List.copyOf(skipped);
    }

    /** Sequence to replay the journal after: the snapshot's, or {@link CommandLog#NO_SEQUENCE}. */
    public long replayAfter() {
        return snapshot.map(Snapshot::lastSequence).orElse(CommandLog.NO_SEQUENCE);
    }
}
