package org.isomargin.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 500;

    @TempDir
    Path dir;

    @Test
    void concurrentAppendersShareForcesAndGetContiguousSequences() throws Exception {
        Map<Long, String> bySequence = Collections.synchronizedMap(new HashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (LocalJournal journal = LocalJournal.open(dir)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    List<CompletableFuture<Long>> mine = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        String text = "t" + thread + "-" + i;
                        CompletableFuture<Long> f = journal.append(i, text.getBytes(StandardCharsets.UTF_8));
                        mine.add(f.whenComplete((seq, error) -> bySequence.put(seq, text)));
                    }
                    for (CompletableFuture<Long> f : mine) {
                        f.join();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : workers) {
                w.get();
            }

            int total = THREADS * PER_THREAD;
            TreeSet<Long> sequences = new TreeSet<>(bySequence.keySet());
            assertEquals(total, sequences.size(), "duplicate sequences");
            assertEquals(0, sequences.first());
            assertEquals(total - 1, sequences.last(), "sequences are not contiguous");
            assertTrue(journal.forceCount() < total, "no group commit: " + journal.forceCount() + " forces");
            assertEquals(total - 1, journal.lastDurableSequence());

            long[] replayed = {0};
            journal.replay(CommandLog.NO_SEQUENCE, (seq, ts, payload) -> {
                assertArrayEquals(bySequence.get(seq).getBytes(StandardCharsets.UTF_8), payload, "seq " + seq);
                replayed[0]++;
            });
            assertEquals(total, replayed[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void futuresCompleteInSequenceOrder() {
        List<Long> completionOrder = Collections.synchronizedList(new ArrayList<>());
        try (LocalJournal journal = LocalJournal.open(dir)) {
            List<CompletableFuture<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                // single appender: a callback attached after completion still runs in order
                futures.add(journal.append(i, JournalFixtures.payload(i)).whenComplete((seq, e) -> completionOrder.add(seq)));
            }
            futures.forEach(CompletableFuture::join);
        }
        for (int i = 0; i < completionOrder.size(); i++) {
            assertEquals(i, completionOrder.get(i), "acknowledged out of sequence order at index " + i);
        }
        assertEquals(5_000, completionOrder.size());
    }

    @Test
    void aBurstFromOneThreadIsCommittedInFewForces() {
        try (LocalJournal journal = LocalJournal.open(dir)) {
            List<CompletableFuture<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                futures.add(journal.append(i, JournalFixtures.payload(i)));
            }
            assertEquals(9_999, journal.barrier().join());
            futures.forEach(f -> assertTrue(f.isDone()));
            assertTrue(journal.forceCount() < 1_000, journal.forceCount() + " forces for 10000 appends");
        }
    }
}
