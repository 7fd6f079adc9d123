package org.isomargin.server.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.CreateAccount;
import org.isomargin.engine.command.Deposit;
import org.isomargin.engine.command.Withdraw;
import org.isomargin.engine.result.Result;
import org.isomargin.journal.CommandLog;
import org.isomargin.journal.RecordConsumer;
import org.junit.jupiter.api.Test;

/** Nothing leaves the engine service before the state it shows is durable. */
class EngineServiceTest {

    /** A journal whose records become durable only when the test says so. */
    static class HeldJournal implements CommandLog {
        final List<CompletableFuture<Long>> pending = new ArrayList<>();
        long seq = -1;

        @Override
        public synchronized CompletableFuture<Long> append(long ts, byte[] payload) {
            CompletableFuture<Long> f = new CompletableFuture<>();
            seq++;
            pending.add(f);
            return f;
        }

        @Override
        public synchronized CompletableFuture<Long> barrier() {
            CompletableFuture<Long> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        }

        synchronized void releaseAll() {
            for (CompletableFuture<Long> f : pending) f.complete(seq);
            pending.clear();
        }

        @Override
        public long lastDurableSequence() { return -1; }

        @Override
        public long replay(long afterSeq, RecordConsumer c) { return 0; }

        @Override
        public void close() {}
    }

    @Test
    void resultsRefusalsAndReadsWaitUntilTheJournalIsDurable() throws Exception {
        HeldJournal journal = new HeldJournal();
        try (EngineService svc = new EngineService(new Engine(), journal, null, System::currentTimeMillis, 1000, 3600).start()) {
            CompletableFuture<Result> created = svc.submit(ts -> new CreateAccount(ts, null, null));
            CompletableFuture<Result> deposit = svc.submit(ts -> new Deposit(ts, 1001, "USDT", new BigDecimal("10"), null));
            CompletableFuture<Result> refused = svc.submit(ts -> new Withdraw(ts, 1001, "USDT", new BigDecimal("11"), null));
            CompletableFuture<BigDecimal> read = svc.read(e -> e.state().account(1001).wallet("USDT"));
            Thread.sleep(200);
            assertFalse(created.isDone() || deposit.isDone() || refused.isDone() || read.isDone(), "nothing may be released before durability");
            journal.releaseAll();
            assertTrue(created.get(5, TimeUnit.SECONDS).ok());
            assertTrue(deposit.get(5, TimeUnit.SECONDS).ok());
            assertFalse(refused.get(5, TimeUnit.SECONDS).ok());
            assertEquals(0, read.get(5, TimeUnit.SECONDS).compareTo(new BigDecimal("10")));
            assertEquals(1001, ((Account) created.get().payload()).uid);
        }
    }

    /** Explicit lifecycle (issue 9 item 6): building a service runs nothing; start() runs what was queued, once. */
    @Test
    void nothingIsAppliedBeforeStartAndStartIsOnce() throws Exception {
        HeldJournal journal = new HeldJournal();
        try (EngineService svc = new EngineService(new Engine(), journal, null, System::currentTimeMillis, 1000, 3600)) {
            CompletableFuture<Result> early = svc.submit(ts -> new CreateAccount(ts, null, null));
            Thread.sleep(200);
            assertEquals(-1, journal.seq, "applied before start");
            svc.start();
            long end = System.nanoTime() + 5_000_000_000L;
            while (journal.seq < 0 && System.nanoTime() < end) Thread.sleep(10);
            assertEquals(0, journal.seq, "applied and appended once started");
            journal.releaseAll();
            assertTrue(early.get(5, TimeUnit.SECONDS).ok());
            assertThrows(IllegalStateException.class, svc::start);
        }
    }

    /** Issue 8 item 4 (health part): an exception inside the engine stops it, says why, and not "journal failure". */
    @Test
    void anEngineExceptionStopsTheServiceWithItsOwnReason() throws Exception {
        HeldJournal journal = new HeldJournal();
        try (EngineService svc = new EngineService(new Engine(), journal, null, System::currentTimeMillis, 1000, 3600).start()) {
            assertNull(svc.failureReason());
            CompletableFuture<Result> boom = svc.submit(ts -> { throw new NullPointerException("price is null"); });
            Exception first = assertThrows(Exception.class, () -> boom.get(5, TimeUnit.SECONDS));
            String reason = svc.failureReason();
            assertNotNull(reason);
            assertTrue(reason.contains("engine failed") && reason.contains("price is null"), reason);
            assertFalse(reason.contains("journal"), reason);
            CompletableFuture<Result> later = svc.submit(ts -> new CreateAccount(ts, null, null));
            Exception e = assertThrows(Exception.class, () -> later.get(5, TimeUnit.SECONDS));
            assertFalse(String.valueOf(e.getCause().getMessage()).contains("journal failure"), e.getCause().getMessage());
            assertTrue(String.valueOf(e.getCause().getMessage()).contains("price is null"), e.getCause().getMessage());
            assertThrows(Exception.class, () -> svc.read(en -> 1).get(5, TimeUnit.SECONDS), "reads refused too");
            assertNotNull(first);
        }
    }

    /**
     * The supervisor closes a failed service before it recovers; calls that reach it in that window used to answer
     * "engine service is closed" instead of the failure (found driving the jar after a disk-full stop).
     */
    @Test
    void aFailedServiceThatIsClosedStillNamesTheFailure() throws Exception {
        HeldJournal journal = new HeldJournal();
        EngineService svc = new EngineService(new Engine(), journal, null, System::currentTimeMillis, 1000, 3600).start();
        CompletableFuture<Result> boom = svc.submit(ts -> { throw new NullPointerException("price is null"); });
        assertThrows(Exception.class, () -> boom.get(5, TimeUnit.SECONDS));
        svc.close();
        for (CompletableFuture<?> f : java.util.List.of(svc.submit(ts -> new CreateAccount(ts, null, null)), svc.read(en -> 1))) {
            Exception e = assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS));
            String text = String.valueOf(e.getCause().getMessage());
            assertTrue(text.contains("engine stopped after a failure") && text.contains("price is null"), text);
        }
    }

    /** A journal that died while nothing was appended (files deleted, disk gone) is seen without a command. */
    @Test
    void aJournalFailureIsReportedEvenWhenNoCommandAppended() {
        org.isomargin.journal.JournalException dead = new org.isomargin.journal.JournalException("cannot write journal segment /d/x.log: no space left on device (disk full)");
        HeldJournal journal = new HeldJournal() {
            @Override
            public org.isomargin.journal.JournalException failure() { return dead; }
        };
        try (EngineService svc = new EngineService(new Engine(), journal, null, System::currentTimeMillis, 1000, 3600).start()) {
            String reason = svc.failureReason();
            assertNotNull(reason);
            assertTrue(reason.startsWith("journal failure: ") && reason.contains("/d/x.log") && reason.contains("disk full"), reason);
            assertSame(dead, svc.failure());
        }
    }
}
