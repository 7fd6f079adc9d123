package org.isomargin.journal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An ordered, durable log of opaque command payloads.
 *
 * <p>Contract shared by every implementation (local file journal today, Kafka partition later):
 * <ul>
 *   <li>{@link #append} assigns the next sequence number in call order and returns a future that
 *       completes only once the record is durable (fsync locally; acks=all in Kafka).</li>
 *   <li>Futures complete in sequence order, and a record is never durable before an earlier one:
 *       an acknowledged command may depend on every command applied before it.</li>
 *   <li>A failed append is fatal: the caller's in-memory state is ahead of the log, so it must
 *       stop accepting commands and recover from snapshot + {@link #replay}.</li>
 * </ul>
 * Future callbacks run on the log's writer thread; keep them short or hand off to an event loop.
 */
public interface CommandLog extends AutoCloseable {

    /** Sequence value meaning "no record": {@code replay(NO_SEQUENCE, c)} replays everything. */
    long NO_SEQUENCE = -1L;

    /**
     * Appends one record; the future yields its sequence number once it is durable, or fails with a
     * {@link JournalException}. Sequences start at 0 and are contiguous for the local journal.
     *
     * @throws IllegalArgumentException if the payload exceeds the configured maximum (a codec bug)
     */
    CompletableFuture<Long> append(long timestampMs, byte[] payload);

    /**
     * Completes, with the sequence of the last record appended before this call (or
     * {@link #NO_SEQUENCE}), once every such record is durable. Use it to release a result that
     * observed not-yet-durable state (e.g. a rejection), and to pin the sequence a snapshot covers.
     */
    CompletableFuture<Long> barrier();

    /**
     * The failure that stopped this log (every later append fails with it), or null while it works. Lets a
     * health check see a dead log even when no command has tried to append since.
     */
    default JournalException failure() {
        return null;
    }

    /**
     * A snapshot now holds every record up to {@code sequence}: the log may release what only those records need
     * (old segment files locally; nothing for a log whose retention is managed elsewhere). Never affects a record
     * above {@code sequence}.
     */
    default void releaseCoveredBy(long sequence) {}

    /** Highest sequence known to be durable, or {@link #NO_SEQUENCE} when the log is empty. */
    long lastDurableSequence();

    /**
     * Streams every durable record with sequence &gt; {@code afterSeq}, in order, on the calling
     * thread. Intended for start-up recovery, before appends resume.
     *
     * @return the number of records delivered
     * @throws JournalException if the requested records are no longer (or not) in the log
     */
    long replay(long afterSeq, RecordConsumer consumer);

    /** Drains pending appends (they still complete normally), then releases files and threads. */
    @Override
    void close();

    /** Blocking convenience for a single caller that wants to wait for each record. */
    default long appendAndAwait(long timestampMs, byte[] payload) {
        return await(append(timestampMs, payload));
    }

    /** Joins a log future, surfacing its {@link JournalException} rather than a wrapper. */
    static long await(CompletableFuture<Long> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof JournalException je) {
                throw new JournalException(je.getMessage(), je);
            }
            throw e;
        }
    }
}
