package org.isomargin.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: callers enqueue under a short lock (which also fixes sequence order); one writer
 * thread takes everything pending, writes it, forces once, then completes the futures in order.
 * The first I/O failure is final: that batch and everything after it fail (fail-stop).
 */
final class GroupCommitWriter {

    private final SegmentWriter segments;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hasWork = lock.newCondition();
    private List<PendingAppend> pending = new ArrayList<>();
    private List<PendingAppend> draining = new ArrayList<>();
    private long nextSequence;                 // guarded by lock
    private JournalException failure;          // guarded by lock
    private boolean closing;                   // guarded by lock
    private volatile long durableSequence;

    GroupCommitWriter(SegmentWriter segments, long lastSequence) {
        this.segments = segments;
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
        while (takeBatch()) {
            boolean ok = commit(draining);
            draining.clear();
            if (!ok) {
                return;
            }
        }
    }

    /** Swaps the pending list for the (empty) draining one; false once closing and drained. */
    private boolean takeBatch() {
        lock.lock();
        try {
            while (pending.isEmpty() && !closing) {
                hasWork.awaitUninterruptibly();
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
                durableSequence = last;
            }
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
