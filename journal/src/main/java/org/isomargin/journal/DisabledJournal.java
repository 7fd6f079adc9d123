package org.isomargin.journal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link CommandLog} that only numbers records: no storage, no fsync. It is the baseline the
 * group-commit journal is benchmarked against. Replay refuses to pretend records exist.
 */
public final class DisabledJournal implements CommandLog {

    private final AtomicLong lastSequence = new AtomicLong(NO_SEQUENCE);

    @Override
    public CompletableFuture<Long> append(long timestampMs, byte[] payload) {
        return CompletableFuture.completedFuture(lastSequence.incrementAndGet());
    }

    @Override
    public CompletableFuture<Long> barrier() {
        return CompletableFuture.completedFuture(lastSequence.get());
    }

    @Override
    public long lastDurableSequence() {
        return lastSequence.get();
    }

    @Override
    public long replay(long afterSeq, RecordConsumer consumer) {
        if (afterSeq < lastSequence.get()) {
            throw new JournalException("journal is disabled: records " + (afterSeq + 1) + ".." + lastSequence.get()
                    + " were never stored and cannot be replayed");
        }
        return 0;
    }

    @Override
    public void close() {
        // nothing held
    }
}
