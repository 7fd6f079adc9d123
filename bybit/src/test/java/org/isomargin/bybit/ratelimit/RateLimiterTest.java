package org.isomargin.bybit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final String ADD_MARGIN = "/v5/position/add-margin";
    private static final String POSITION_LIST = "/v5/position/list";
    private final RateLimiter limiter = new RateLimiter(RateLimitTable.bybitDefaults());

    @Test
    void headerValuesCountDownThenDeny() {
        for (int i = 1; i <= 10; i++) {
            RateLimitDecision d = limiter.tryAcquire(1, ADD_MARGIN, T0 + i);
            assertEquals(new RateLimitDecision(true, 10, 10 - i, T0 + i), d);
        }
        RateLimitDecision denied = limiter.tryAcquire(1, ADD_MARGIN, T0 + 500);
        // The first grant (T0 + 1) frees its slot at T0 + 1001.
        assertEquals(new RateLimitDecision(false, 10, 0, T0 + 1001), denied);
    }

    @Test
    void windowEdgeIsExactlyOneSecond() {
        for (int i = 0; i < 10; i++) assertTrue(limiter.tryAcquire(1, ADD_MARGIN, T0).allowed());
        assertFalse(limiter.tryAcquire(1, ADD_MARGIN, T0 + 999).allowed());
        RateLimitDecision atEdge = limiter.tryAcquire(1, ADD_MARGIN, T0 + 1000);
        // All ten T0 grants left together, so nine slots remain after this one.
        assertEquals(new RateLimitDecision(true, 10, 9, T0 + 1000), atEdge);
    }

    @Test
    void rollingNotFixedWindow() {
        for (int i = 0; i < 10; i++) limiter.tryAcquire(1, ADD_MARGIN, T0 + 100 * i); // T0 .. T0+900
        assertFalse(limiter.tryAcquire(1, ADD_MARGIN, T0 + 950).allowed());
        RateLimitDecision d = limiter.tryAcquire(1, ADD_MARGIN, T0 + 1000); // only the T0 grant expired
        assertEquals(new RateLimitDecision(true, 10, 0, T0 + 1000), d);
        assertEquals(new RateLimitDecision(false, 10, 0, T0 + 1100), limiter.tryAcquire(1, ADD_MARGIN, T0 + 1050));
    }

    @Test
    void deniedRequestsDoNotConsumeSlots() {
        for (int i = 0; i < 10; i++) limiter.tryAcquire(1, ADD_MARGIN, T0);
        for (int i = 0; i < 100; i++) assertFalse(limiter.tryAcquire(1, ADD_MARGIN, T0 + 10 * i % 1000).allowed());
        assertTrue(limiter.tryAcquire(1, ADD_MARGIN, T0 + 1000).allowed());
    }

    @Test
    void limitsAreIndependentPerUidAndPerEndpoint() {
        for (int i = 0; i < 10; i++) limiter.tryAcquire(1, ADD_MARGIN, T0);
        assertFalse(limiter.tryAcquire(1, ADD_MARGIN, T0).allowed());
        assertEquals(new RateLimitDecision(true, 10, 9, T0), limiter.tryAcquire(2, ADD_MARGIN, T0));
        assertEquals(new RateLimitDecision(true, 50, 49, T0), limiter.tryAcquire(1, POSITION_LIST, T0));
    }

    @Test
    void defaultTableMatchesSpecAndOurChoices() {
        RateLimitTable t = RateLimitTable.bybitDefaults();
        for (String e : List.of(ADD_MARGIN, "/v5/position/set-leverage", "/v5/position/switch-mode",
                "/v5/position/set-auto-add-margin", "/v5/position/trading-stop", "/v5/order/create")) {
            assertEquals(10, t.limitFor(e), e);
        }
        assertEquals(50, t.limitFor(POSITION_LIST));
        assertEquals(50, t.limitFor("/v5/account/wallet-balance"));
        assertEquals(50, t.limitFor("/v5/order/realtime"));
    }

    @Test
    void customTable() {
        var custom = new RateLimiter(RateLimitTable.builder(3).limit("/x", 1).build());
        assertEquals(new RateLimitDecision(true, 1, 0, T0), custom.tryAcquire(5, "/x", T0));
        assertEquals(new RateLimitDecision(false, 1, 0, T0 + 1000), custom.tryAcquire(5, "/x", T0 + 1));
        assertEquals(new RateLimitDecision(true, 3, 2, T0), custom.tryAcquire(5, "/other", T0));
    }

    @Test
    void clockGoingBackwardsIsTreatedAsNoTimePassing() {
        limiter.tryAcquire(1, ADD_MARGIN, T0 + 500);
        RateLimitDecision d = limiter.tryAcquire(1, ADD_MARGIN, T0); // a thread that read the clock earlier
        assertEquals(new RateLimitDecision(true, 10, 8, T0 + 500), d);
        for (int i = 0; i < 8; i++) limiter.tryAcquire(1, ADD_MARGIN, T0);
        assertEquals(T0 + 1500, limiter.tryAcquire(1, ADD_MARGIN, T0).resetTimestampMs());
    }

    @Test
    void idleWindowsAreEvictedAndStartFresh() {
        for (int i = 0; i < 10; i++) limiter.tryAcquire(1, ADD_MARGIN, T0);
        limiter.tryAcquire(2, ADD_MARGIN, T0 + 500);
        assertEquals(2, limiter.trackedWindows());
        assertEquals(0, limiter.evictIdle(T0 + 999));
        assertEquals(1, limiter.evictIdle(T0 + 1000)); // uid 1 idle, uid 2 still counting
        assertEquals(1, limiter.trackedWindows());
        assertEquals(new RateLimitDecision(true, 10, 9, T0 + 1000), limiter.tryAcquire(1, ADD_MARGIN, T0 + 1000));
        assertEquals(1, limiter.evictIdle(T0 + 1500));
    }

    @Test
    void concurrentCallersNeverExceedTheLimit() throws InterruptedException {
        int threads = 8;
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 1000; i++) {
                    if (limiter.tryAcquire(7, POSITION_LIST, T0 + i % 1000).allowed()) allowed.incrementAndGet();
                    if (i % 97 == 0) limiter.evictIdle(T0 + i % 1000);
                }
            });
            workers.add(w);
            w.start();
        }
        start.countDown();
        for (Thread w : workers) w.join();
        assertEquals(50, allowed.get());
    }
}
