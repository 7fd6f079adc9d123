package org.isomargin.bybit.ratelimit;

/**
 * Result of one {@link RateLimiter#tryAcquire}; the three numbers go out as X-Bapi-Limit,
 * X-Bapi-Limit-Status and X-Bapi-Limit-Reset-Timestamp on every response (spec §1.6).
 *
 * @param remaining        requests still allowed in the current rolling second, after this one
 * @param resetTimestampMs when denied, the instant the oldest counted request leaves the window
 *                         (pybit sleeps until it); when allowed, the decision time
 */
public record RateLimitDecision(boolean allowed, int limit, int remaining, long resetTimestampMs) {
    public static final int RET_CODE = 10006;
    public static final String RET_MSG = "Too many visits!";
}
