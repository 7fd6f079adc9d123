package org.isomargin.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link CommandLog} that keeps records in memory and acknowledges at once: for tests of
 * replay determinism. Nothing survives the process; never use it where durability matters.
 */
public final class InMemoryJournal implements CommandLog {

    private record Entry(long timestampMs, byte[] payload) {
    }

    private final List<Entry> entries = new ArrayList<>();   // index == sequence
    private boolean closed;

    @Override
    public synchronized CompletableFuture<Long> append(long timestampMs, byte[] payload) {
        if (closed) {
            return CompletableFuture.failedFuture(new JournalException("journal is closed"));
        }
        entries.add(new Entry(timestampMs, payload.clone()));
        return CompletableFuture.completedFuture((long) entries.size() - 1);
    }

    @Override
    public synchronized CompletableFuture<Long> barrier() {
        return CompletableFuture.completedFuture(lastDurableSequence());
    }

    @Override
    public synchronized long lastDurableSequence() {
        return entries.size() - 1L;
    }

    /** Delivers outside the lock so a consumer may append (as an engine re-driving itself might). */
    @Override
    public long replay(long afterSeq, RecordConsumer consumer) {
        List<Entry> copy;
        synchronized (this) {
            copy = List.copyOf(entries);
        }
        long delivered = 0;
        for (long seq = Math.max(0, afterSeq + 1); seq < copy.size(); seq++) {
            Entry entry = copy.get((int) seq);
            consumer.accept(seq, entry.timestampMs(), entry.payload().clone());
            delivered++;
        }
        return delivered;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
