package org.isomargin.server.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.isomargin.engine.Engine;
import org.isomargin.engine.codec.CommandCodec;
import org.isomargin.journal.CommandLog;
import org.isomargin.journal.CorruptSnapshot;
import org.isomargin.journal.DisabledJournal;
import org.isomargin.journal.JournalConfig;
import org.isomargin.journal.JournalException;
import org.isomargin.journal.LocalJournal;
import org.isomargin.journal.Snapshot;
import org.isomargin.journal.SnapshotLoad;
import org.isomargin.journal.SnapshotStore;

/**
 * Start-up: newest valid snapshot, then every journaled command after it, in sequence order. The timestamps
 * replayed are the ones stored, so the rebuilt state does not depend on the wall clock.
 */
public final class Recovery {
    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    private Recovery() {}

    public record Opened(EngineService service, long replayed, long snapshotSequence, long elapsedMs, String report) {
    }

    public static Opened open(Path dataDir, LongSupplier clock, long snapshotEvery, long snapshotSeconds) {
        long start = System.nanoTime();
        Path journalDir = dataDir.resolve("journal");
        Path snapshotDir = dataDir.resolve("snapshots");
        try {
            Files.createDirectories(journalDir);
            Files.createDirectories(snapshotDir);
        } catch (java.io.IOException e) {
            throw new JournalException("cannot create the data directory " + dataDir.toAbsolutePath() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        SnapshotStore snapshots = SnapshotStore.open(snapshotDir);
        SnapshotLoad load = snapshots.loadLatestValid();
        for (CorruptSnapshot bad : load.skipped()) LOG.warning("skipped a damaged snapshot: " + bad);
        Engine engine = load.snapshot().map(Snapshot::state).map(Engine::restore).orElseGet(Engine::new);
        long after = load.replayAfter();
        // The journal learns what the snapshot holds, so it never hands out one of those sequences again.
        LocalJournal journal = LocalJournal.open(journalDir, JournalConfig.defaults(), after);
        if (journal.recoveryReport().continuedAfterSnapshot()) LOG.warning(journal.recoveryReport().toString());
        // durability.md start-up rule, checked rather than assumed (open(…, after) is what makes it hold).
        if (after > journal.lastDurableSequence()) {
            journal.close();
            throw new JournalException("the snapshot covers sequence " + after + " but the journal ends at "
                    + journal.lastDurableSequence() + " in " + journalDir.toAbsolutePath());
        }
        long[] expected = {after + 1};
        long replayed;
        try {
            replayed = journal.replay(after, (seq, ts, payload) -> {
                if (seq != expected[0])
                    throw new JournalException("journal sequence " + seq + " does not follow " + (expected[0] - 1)
                            + " (snapshot covers up to " + after + ") in " + journalDir.toAbsolutePath());
                expected[0]++;
                engine.apply(CommandCodec.decode(payload));
            });
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        String from = after == CommandLog.NO_SEQUENCE ? "with no snapshot" : "after the snapshot at sequence " + after;
        String report = "recovered " + replayed + " journaled commands " + from + " in " + elapsed + " ms; " + journal.recoveryReport();
        EngineService service = new EngineService(engine, journal, snapshots, clock, snapshotEvery, snapshotSeconds).start();
        return new Opened(service, replayed, after, elapsed, report);
    }

    /** No journal at all (benchmarks of the journal's cost only). */
    public static EngineService inMemory(LongSupplier clock) {
        CommandLog none = new DisabledJournal();
        return new EngineService(new Engine(), none, null, clock, Long.MAX_VALUE, Long.MAX_VALUE / 1000).start();
    }
}
