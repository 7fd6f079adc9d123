package org.isomargin.bybit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The ring-buffer limiter agrees, decision by decision, with a naive list-of-grants model. */
class RateLimiterPropertyTest {

    @Property(tries = 300)
    void matchesNaiveRollingWindowModel(@ForAll @IntRange(min = 1, max = 12) int limit,
                                        @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 400) Integer> gaps) {
        RateLimiter limiter = new RateLimiter(RateLimitTable.builder(limit).build());
        List<Long> granted = new ArrayList<>();
        long now = 1_000_000;
        for (int gap : gaps) {
            now += gap;
            final long t = now;
            List<Long> live = granted.stream().filter(g -> g > t - 1000).toList();
            RateLimitDecision expected = live.size() < limit
                    ? new RateLimitDecision(true, limit, limit - live.size() - 1, t)
                    : new RateLimitDecision(false, limit, 0, live.get(0) + 1000);
            assertEquals(expected, limiter.tryAcquire(3, "/e", t));
            if (expected.allowed()) granted.add(t);
            if (gap % 7 == 0) limiter.evictIdle(t); // eviction must never change a decision
        }
    }
}
