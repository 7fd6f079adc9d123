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
    static final class HeldJournal implements CommandLog {
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
        try (EngineService svc = new EngineService(new Engine(), journal, null, System::currentTimeMillis, 1000, 3600)) {
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
}
