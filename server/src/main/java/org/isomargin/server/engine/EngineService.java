package org.isomargin.server.engine;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.codec.CommandCodec;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.command.CreateApiKey;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.result.Result;
import org.isomargin.journal.CommandLog;
import org.isomargin.journal.SnapshotStore;

/**
 * The engine's one thread, fed by a queue. A command is applied, then appended to the journal; its result is
 * released only when the journal says the record is durable (group commit shares the fsync). A refusal that
 * changed nothing is not journaled, but still waits for a barrier: it may have seen state not yet durable.
 */
public final class EngineService implements EngineGateway, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EngineService.class.getName());

    private final Engine engine;
    private final CommandLog journal;
    private final SnapshotStore snapshots;
    private final LongSupplier clock;
    private final long snapshotEvery;
    private final long snapshotMillis;
    /** Bounded, so a flood of requests is refused fast instead of growing memory without limit. */
    static final int QUEUE_CAPACITY = 200_000;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final Map<String, ApiKey> keys = new ConcurrentHashMap<>();
    private final ExecutorService snapshotWriter = Executors.newSingleThreadExecutor(r -> daemon(r, "isomargin-snapshot"));
    private final Thread thread;
    private volatile boolean running = true;
    /** The first failure that stopped the engine (memory may be ahead of the log, or half changed); final. */
    private final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
    private volatile String failureReason;
    private long lastTs;
    private long nextSeq;
    private long sinceSnapshot;
    private long lastSnapshotAt;

    public EngineService(Engine engine, CommandLog journal, SnapshotStore snapshots, LongSupplier clock, long snapshotEvery,
                         long snapshotSeconds) {
        this.engine = engine;
        this.journal = journal;
        this.snapshots = snapshots;
        this.clock = clock;
        this.snapshotEvery = snapshotEvery;
        this.snapshotMillis = snapshotSeconds * 1000;
        this.nextSeq = journal.lastDurableSequence() + 1;
        this.lastSnapshotAt = clock.getAsLong();
        engine.state().apiKeys.values().forEach(k -> keys.put(k.apiKey(), k));
        this.thread = daemon(this::run, ROLE);
    }

    /** The engine thread's name: the one thread that applies commands and answers reads. */
    public static final String ROLE = "isomargin-engine";

    /**
     * Starts the engine thread (the constructor only builds): requests submitted before are queued and applied
     * from here on, in order. Started once, by whoever owns the service (the server's recovery), closed by it too.
     */
    public synchronized EngineService start() {
        if (thread.getState() != Thread.State.NEW) throw new IllegalStateException("the engine service was started already");
        thread.start();
        return this;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            try {
                Runnable task = queue.poll(1, java.util.concurrent.TimeUnit.SECONDS);
                if (task != null) task.run();
                else maybeSnapshot(false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public CompletableFuture<Result> submit(LongFunction<Command> factory) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        if (!enqueue(done, () -> apply(factory, done))) return done;
        return done;
    }

    /** Why the engine stopped taking commands (logged once at SEVERE), or null while it runs. */
    public String failureReason() {
        if (failure.get() == null) {
            Throwable journalFailure = journal.failure();   // e.g. files deleted while idle: no append saw it yet
            if (journalFailure != null) stop(journalFailure, "journal failure");
        }
        return failureReason;
    }

    /** The exception that stopped the engine, or null while it runs. */
    public Throwable failure() {
        failureReason();
        return failure.get();
    }

    private boolean stopped() {
        return failureReason() != null;
    }

    private IllegalStateException stoppedError() {
        return new IllegalStateException("engine stopped after a failure (" + failureReason + ")", failure.get());
    }

    /** Records the first failure only: the log gets one SEVERE line naming the cause, not one per request. */
    private void stop(Throwable cause, String what) {
        Throwable root = cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        String reason = what + ": " + (root.getMessage() != null ? root.getMessage() : root.getClass().getName());
        synchronized (failure) {
            if (failureReason != null) return;
            failureReason = reason;   // first: stopped() reads it, so no command slips in between
            failure.set(root);
        }
        LOG.log(Level.SEVERE, "engine stopped, no command is acknowledged any more: " + reason, root);
    }

    private void apply(LongFunction<Command> factory, CompletableFuture<Result> done) {
        if (stopped()) {
            done.completeExceptionally(stoppedError());
            return;
        }
        lastTs = Math.max(lastTs, clock.getAsLong());
        Command c;
        Result r;
        try {
            c = factory.apply(lastTs);
            r = engine.apply(c);
        } catch (RuntimeException e) {
            // A bug, not a refusal: the state may be half changed, so stop taking writes.
            stop(e, "engine failed while applying a command (" + e.getClass().getSimpleName() + ")");
            done.completeExceptionally(stoppedError());
            return;
        }
        boolean changed = Engine.changedState(c, r);   // the engine's word, not a venue rule kept here
        if (r.ok() && c instanceof CreateApiKey) keys.put(((ApiKey) r.payload()).apiKey(), (ApiKey) r.payload());
        if (!changed) {
            journal.barrier().whenComplete((seq, err) -> finish(done, r, err));
            return;
        }
        nextSeq++;
        journal.append(lastTs, CommandCodec.encode(c)).whenComplete((seq, err) -> {
            if (err != null) stop(err, "journal failure");
            finish(done, r, err);
        });
        sinceSnapshot++;
        maybeSnapshot(false);
    }

    private static <T> void finish(CompletableFuture<T> done, T r, Throwable err) {
        if (err != null) done.completeExceptionally(err);
        else done.complete(r);
    }

    /** Takes a snapshot when due (or when forced); it is written once the journal covers its sequence. */
    private void maybeSnapshot(boolean force) {
        // After an engine failure the state may be half changed: it must never reach a snapshot.
        if (snapshots == null || sinceSnapshot == 0 || stopped()) return;
        if (!force && sinceSnapshot < snapshotEvery && clock.getAsLong() - lastSnapshotAt < snapshotMillis) return;
        takeSnapshot();
    }

    /** Serialises the state now (engine thread) and writes it once every command it contains is durable. */
    private CompletableFuture<Void> takeSnapshot() {
        long covered = nextSeq - 1;
        byte[] state = engine.snapshot();
        sinceSnapshot = 0;
        lastSnapshotAt = clock.getAsLong();
        return journal.barrier().thenRunAsync(() -> writeSnapshot(covered, state), snapshotWriter);
    }

    private void writeSnapshot(long covered, byte[] state) {
        try {
            snapshots.write(covered, state);
            journal.releaseCoveredBy(snapshots.journalRetentionFloor());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "snapshot at sequence " + covered + " failed; the journal still has everything", e);
        }
    }

    @Override
    public <T> CompletableFuture<T> read(Function<Engine, T> query) {
        CompletableFuture<T> done = new CompletableFuture<>();
        enqueue(done, () -> {
            if (stopped()) {
                done.completeExceptionally(stoppedError());
                return;
            }
            T answer;
            try {
                answer = query.apply(engine);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            // A read may show commands not yet durable: release it only once they are.
            journal.barrier().whenComplete((seq, err) -> finish(done, answer, err));
        });
        return done;
    }

    /**
     * The running check and the offer happen under one lock that close() also takes, so no task can be queued
     * after the engine thread has drained the queue and left: its future would never complete.
     */
    private boolean enqueue(CompletableFuture<?> done, Runnable task) {
        synchronized (queue) {
            if (!running) {
                // A service closed because it failed (the supervisor closes it before recovering) still names the failure.
                done.completeExceptionally(failureReason != null ? stoppedError() : new IllegalStateException("engine service is closed"));
                return false;
            }
            if (!queue.offer(task)) {
                done.completeExceptionally(new IllegalStateException("engine queue full: the server is overloaded, retry later"));
                return false;
            }
            return true;
        }
    }

    @Override
    public long now() { return clock.getAsLong(); }

    @Override
    public ApiKey apiKey(String key) { return key == null ? null : keys.get(key); }

    /** Forces a snapshot now (operator and tests); completes when it is on disk. */
    public CompletableFuture<Void> snapshotNow() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        enqueue(done, () -> {
            if (snapshots == null || stopped()) {
                done.complete(null);
                return;
            }
            takeSnapshot().whenComplete((v, e) -> {
                if (e != null) done.completeExceptionally(e);
                else done.complete(null);
            });
        });
        return done;
    }

    @Override
    public void close() {
        synchronized (queue) {
            running = false;
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        snapshotWriter.shutdown();
        try {
            snapshotWriter.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
    }
}
