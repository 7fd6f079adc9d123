package org.isomargin.bybit.ratelimit;

/**
 * One (uid, endpoint) counter: the times of the last {@code limit} granted requests in a ring, so memory is
 * fixed at {@code limit} longs. A request granted at t counts against [t, t + 1000).
 */
final class RollingWindow {
    static final long WINDOW_MS = 1000;

    private final long[] grants;
    private int head;   // index of the oldest grant still counted
    private int size;   // grants still counted
    private long latest = Long.MIN_VALUE;
    private boolean retired;

    RollingWindow(int limit) {
        this.grants = new long[limit];
    }

    /** Null once retired by eviction: the caller must fetch the window again from the map. */
    synchronized RateLimitDecision tryAcquire(long nowMs) {
        if (retired) return null;
        // Callers on different threads may read the clock out of order; never let time run backwards here.
        long now = Math.max(nowMs, latest);
        latest = now;
        expire(now);
        int limit = grants.length;
        if (size == limit) {
            return new RateLimitDecision(false, limit, 0, grants[head] + WINDOW_MS);
        }
        grants[(head + size) % limit] = now;
        size++;
        return new RateLimitDecision(true, limit, limit - size, now);
    }

    /** Retires the window if nothing in it still counts at {@code nowMs}; a retired window grants nothing. */
    synchronized boolean retireIfIdle(long nowMs) {
        expire(Math.max(nowMs, latest));
        if (size == 0) retired = true;
        return retired;
    }

    private void expire(long now) {
        while (size > 0 && grants[head] <= now - WINDOW_MS) {
            head = (head + 1) % grants.length;
            size--;
        }
    }
}
