package org.isomargin.bybit.ratelimit;

import java.util.HashMap;
import java.util.Map;

/**
 * Requests per rolling second per UID, by endpoint path (exact match, no query string).
 * {@link #bybitDefaults()} uses the documented figures of spec §1.6; the rest are our choices (see there).
 */
public final class RateLimitTable {
    private final Map<String, Integer> limits;
    private final int defaultLimit;

    private RateLimitTable(Map<String, Integer> limits, int defaultLimit) {
        this.limits = Map.copyOf(limits);
        this.defaultLimit = defaultLimit;
    }

    /**
     * Documented (spec §1.6): position add-margin, set-leverage, switch-mode, set-auto-add-margin, trading-stop
     * 10/s; position list and wallet-balance 50/s. Chosen: order placement/amend/cancel 10/s (Bybit's default
     * futures trade rate), every other private endpoint 50/s.
     */
    public static RateLimitTable bybitDefaults() {
        return builder(50)
                .limit("/v5/position/add-margin", 10)
                .limit("/v5/position/set-leverage", 10)
                .limit("/v5/position/switch-mode", 10)
                .limit("/v5/position/set-auto-add-margin", 10)
                .limit("/v5/position/trading-stop", 10)
                .limit("/v5/position/list", 50)
                .limit("/v5/account/wallet-balance", 50)
                .limit("/v5/order/create", 10)
                .limit("/v5/order/amend", 10)
                .limit("/v5/order/cancel", 10)
                .limit("/v5/order/cancel-all", 10)
                .limit("/v5/order/create-batch", 10)
                .limit("/v5/order/amend-batch", 10)
                .limit("/v5/order/cancel-batch", 10)
                .build();
    }

    public static Builder builder(int defaultLimit) {
        return new Builder(defaultLimit);
    }

    public int limitFor(String endpoint) {
        return limits.getOrDefault(endpoint, defaultLimit);
    }

    public int defaultLimit() {
        return defaultLimit;
    }

    public static final class Builder {
        private final Map<String, Integer> limits = new HashMap<>();
        private final int defaultLimit;

        private Builder(int defaultLimit) {
            this.defaultLimit = requirePositive(defaultLimit);
        }

        public Builder limit(String endpoint, int perSecond) {
            if (endpoint == null || endpoint.isEmpty()) throw new IllegalArgumentException("endpoint is empty");
            limits.put(endpoint, requirePositive(perSecond));
            return this;
        }

        public RateLimitTable build() {
            return new RateLimitTable(limits, defaultLimit);
        }

        private static int requirePositive(int perSecond) {
            if (perSecond <= 0) throw new IllegalArgumentException("limit must be positive: " + perSecond);
            return perSecond;
        }
    }
}
