package org.isomargin.server.engine;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.result.Result;

/**
 * Watches the engine service; once it stops after a failure (journal I/O error, disk full, files lost, an engine
 * exception) it either asks the process to exit ({@code --exit-on-failure}, for an outside supervisor) or re-runs
 * recovery from disk in-process, retrying every second until the journal is usable again. The stopped service's
 * memory may be ahead of the log or half changed, so it is never resumed: only state rebuilt from disk is.
 */
public final class EngineSupervisor implements EngineGateway, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EngineSupervisor.class.getName());
    static final long CHECK_MILLIS = 200;

    private final Supplier<EngineService> recover;
    private final Consumer<Throwable> onFailure;
    private final Runnable exit;
    private final long retryMillis;
    private final Thread monitor;
    private volatile EngineService current;
    private volatile String recoveryProblem;
    private volatile boolean closed;

    /**
     * @param recover   re-runs recovery from the data directory (throws while that is impossible)
     * @param onFailure told the failure once per stop (e.g. to leave a marker when the files vanished)
     * @param exit      null to recover in-process; otherwise run instead (must not block: it should make the process
     *                  exit non-zero from another thread)
     */
    public EngineSupervisor(EngineService first, Supplier<EngineService> recover, Consumer<Throwable> onFailure, Runnable exit,
                            long retryMillis) {
        this.current = first;
        this.recover = recover;
        this.onFailure = onFailure;
        this.exit = exit;
        this.retryMillis = retryMillis;
        this.monitor = new Thread(this::watch, "isomargin-engine-supervisor");
        monitor.setDaemon(true);
        monitor.start();
    }

    /** Why writes are refused right now (the stop, plus why recovery is not possible yet), or null when running. */
    public String failureReason() {
        String stopped = current.failureReason();
        if (stopped == null) return null;
        String problem = recoveryProblem;
        return problem == null ? stopped : stopped + "; recovery from disk not possible yet: " + problem;
    }

    /** The service in charge now (a new one after each in-process recovery). */
    public EngineService service() { return current; }

    private void watch() {
        while (!closed) {
            if (!pause(CHECK_MILLIS)) return;
            EngineService failed = current;
            String reason = failed.failureReason();
            if (reason == null) continue;
            onFailure.accept(failed.failure());
            if (exit != null) {
                LOG.severe("exiting (--exit-on-failure) so that a supervisor restarts the server: " + reason);
                exit.run();
                return;
            }
            closeQuietly(failed);
            recoverFromDisk(reason);
        }
    }

    private void recoverFromDisk(String reason) {
        while (!closed) {
            try {
                EngineService next = recover.get();
                synchronized (this) {   // with close(): a recovered service is either swapped in before it, or closed
                    if (closed) {       // the server is shutting down: do not leave a recovered journal open behind it
                        closeQuietly(next);
                        return;
                    }
                    recoveryProblem = null;
                    current = next;
                }
                LOG.warning("recovered from disk in-process after: " + reason + "; accepting commands again");
                return;
            } catch (RuntimeException e) {
                String problem = e.getMessage() != null ? e.getMessage() : e.toString();
                if (!problem.equals(recoveryProblem)) LOG.warning("recovery from disk failed, retrying every " + retryMillis + " ms: " + problem);
                recoveryProblem = problem;
                if (!pause(retryMillis)) return;
            }
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void closeQuietly(EngineService s) {
        try {
            s.close();
        } catch (RuntimeException e) {
            // Visible: a failed service that keeps its journal lock makes every recovery attempt fail after it.
            LOG.log(Level.WARNING, "closing the stopped engine service failed", e);
        }
    }

    @Override
    public CompletableFuture<Result> submit(LongFunction<Command> factory) { return current.submit(factory); }

    @Override
    public <T> CompletableFuture<T> read(Function<Engine, T> query) { return current.read(query); }

    @Override
    public long now() { return current.now(); }

    @Override
    public ApiKey apiKey(String key) { return current.apiKey(key); }

    /** Waits for the monitor (at most one pause or recovery attempt) so no recovered service outlives the server. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        if (Thread.currentThread() != monitor) {
            try {
                monitor.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        current.close();
    }
}
