package org.isomargin.bybit.ratelimit;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bybit's per-UID API limit: a rolling one-second window per (uid, endpoint) (spec §1.6). Thread-safe; time is
 * always passed in so behaviour is deterministic. Denied requests do not consume a slot.
 * Only call it for routed private endpoints: each distinct (uid, endpoint) holds a window until
 * {@link #evictIdle} drops it, so arbitrary client-chosen paths must not reach here.
 */
public final class RateLimiter {
    private final RateLimitTable table;
    private final ConcurrentHashMap<WindowKey, RollingWindow> windows = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public RateLimitDecision tryAcquire(long uid, String endpoint, long nowMs) {
        WindowKey key = new WindowKey(uid, endpoint);
        while (true) {
            RollingWindow window = windows.computeIfAbsent(key, k -> new RollingWindow(table.limitFor(k.endpoint())));
            RateLimitDecision decision = window.tryAcquire(nowMs);
            if (decision != null) return decision;
            windows.remove(key, window); // evicted under us; normally already gone, then retry with a fresh one
        }
    }

    /**
     * Drops windows with nothing left in them at {@code nowMs}, bounding memory to the keys active in the last
     * second; the server calls it periodically. Returns how many were dropped.
     */
    public int evictIdle(long nowMs) {
        int[] dropped = {0};
        windows.forEach((key, window) -> {
            if (window.retireIfIdle(nowMs) && windows.remove(key, window)) dropped[0]++;
        });
        return dropped[0];
    }

    /** Number of (uid, endpoint) windows held, for metrics and tests. */
    public int trackedWindows() {
        return windows.size();
    }

    private record WindowKey(long uid, String endpoint) {
        WindowKey {
            Objects.requireNonNull(endpoint, "endpoint");
        }
    }
}
