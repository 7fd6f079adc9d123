package org.isomargin.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: callers enqueue under a short lock (which also fixes sequence order); one writer
 * thread takes everything pending, writes it, forces once, then completes the futures in order.
 * The first I/O failure is final: that batch and everything after it fail (fail-stop).
 */
final class GroupCommitWriter {

    /** How often an idle writer checks that its files are still the linked ones. */
    static final long IDLE_CHECK_MILLIS = 1000;

    private final SegmentWriter segments;
    private final FileWatch watch;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hasWork = lock.newCondition();
    private List<PendingAppend> pending = new ArrayList<>();
    private List<PendingAppend> draining = new ArrayList<>();
    private long nextSequence;                 // guarded by lock
    private volatile JournalException failure; // written under lock
    private boolean closing;                   // guarded by lock
    private volatile long durableSequence;

    GroupCommitWriter(SegmentWriter segments, FileWatch watch, long lastSequence) {
        this.segments = segments;
        this.watch = watch;
        this.nextSequence = lastSequence + 1;
        this.durableSequence = lastSequence;
        this.thread = new Thread(this::run, "isomargin-journal-writer");
        thread.setDaemon(true);   // durability never depends on a clean exit: acks follow force()
        thread.start();
    }

    CompletableFuture<Long> append(long timestampMs, byte[] payload) {
        lock.lock();
        try {
            JournalException refusal = refusal();
            if (refusal != null) {
                return CompletableFuture.failedFuture(refusal);
            }
            CompletableFuture<Long> future = new CompletableFuture<>();
            enqueue(new PendingAppend(nextSequence++, timestampMs, payload, future));
            return future;
        } finally {
            lock.unlock();
        }
    }

    CompletableFuture<Long> barrier() {
        lock.lock();
        try {
            long last = nextSequence - 1;
            if (last == durableSequence) {
                return CompletableFuture.completedFuture(last);
            }
            JournalException refusal = refusal();
            if (refusal != null) {
                return CompletableFuture.failedFuture(refusal);
            }
            CompletableFuture<Long> future = new CompletableFuture<>();
            enqueue(new PendingAppend(last, 0, null, future));
            return future;
        } finally {
            lock.unlock();
        }
    }

    long durableSequence() {
        return durableSequence;
    }

    /** The failure that stopped the writer (I/O error, files lost), or null while it works. */
    JournalException failure() {
        return failure;
    }

    /** Lets the writer drain what is queued, then waits for it to stop. */
    void close() {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("close() must not be called from a journal callback");
        }
        lock.lock();
        try {
            closing = true;
            hasWork.signal();
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;   // pending futures must still be settled before files close
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private JournalException refusal() {
        if (failure != null) {
            return failure;
        }
        return closing ? new JournalException("journal is closed") : null;
    }

    private void enqueue(PendingAppend append) {
        pending.add(append);
        if (pending.size() == 1) {
            hasWork.signal();
        }
    }

    private void run() {
        while (true) {
            Boolean batch = takeBatch();
            if (batch == null) {
                if (!idleCheck()) {
                    return;
                }
                continue;
            }
            if (!batch) {
                return;
            }
            boolean ok = commit(draining);
            draining.clear();
            if (!ok) {
                return;
            }
        }
    }

    /** Nothing to write for a while: still notice deleted or replaced files, so health can say so. */
    private boolean idleCheck() {
        try {
            watch.verify();
            return true;
        } catch (JournalException e) {
            fail(e, List.of());
            return false;
        }
    }

    /**
     * Swaps the pending list for the (empty) draining one; false once closing and drained; null when idle for
     * {@link #IDLE_CHECK_MILLIS}.
     */
    private Boolean takeBatch() {
        lock.lock();
        try {
            while (pending.isEmpty() && !closing) {
                try {
                    if (!hasWork.await(IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS) && pending.isEmpty() && !closing) {
                        return null;
                    }
                } catch (InterruptedException ignored) {
                    // nobody interrupts this thread on purpose; pending appends must still be settled
                }
            }
            if (pending.isEmpty()) {
                return false;
            }
            List<PendingAppend> batch = pending;
            pending = draining;
            draining = batch;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private boolean commit(List<PendingAppend> batch) {
        try {
            long last = CommandLog.NO_SEQUENCE;
            for (PendingAppend append : batch) {
                if (!append.isBarrier()) {
                    segments.append(append.sequence(), append.timestampMs(), append.payload());
                    last = append.sequence();
                }
            }
            if (last != CommandLog.NO_SEQUENCE) {
                segments.force();
                // Forced into a file nobody can find again is not durable: check before acknowledging.
                watch.verify();
                durableSequence = last;
            }
        } catch (JournalException e) {
            fail(e, batch);
            return false;
        } catch (Exception | Error e) {
            fail(JournalErrors.io("cannot write journal segment", segments.path(), e), batch);
            if (e instanceof Error error) {
                throw error;
            }
            return false;
        }
        for (PendingAppend append : batch) {
            append.future().complete(append.sequence());
        }
        return true;
    }

    private void fail(JournalException cause, List<PendingAppend> batch) {
        List<PendingAppend> rest;
        lock.lock();
        try {
            failure = cause;
            rest = pending;
            pending = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        batch.forEach(append -> append.future().completeExceptionally(cause));
        rest.forEach(append -> append.future().completeExceptionally(cause));
    }
}
