package org.isomargin.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds → percentiles in microseconds (metrics only: no money flows here). */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] samples, int count) {
        sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
    }

    long micros(double quantile) { // double: a percentile rank, not money
        if (sorted.length == 0) return 0;
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000;
    }
}
