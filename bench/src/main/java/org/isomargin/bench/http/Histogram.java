package org.isomargin.bench.http;

/**
 * Latencies at 1 µs resolution up to 1 s (anything slower counts as 1 s); recording is one array increment, so it
 * costs the client nothing measurable. Not thread-safe: one per driver shard, merged afterwards.
 */
final class Histogram {
    private static final int MAX_MICROS = 1_000_000;
    private final int[] counts = new int[MAX_MICROS + 1];
    private long total;
    private long max;

    void recordNanos(long nanos) {
        long us = Math.max(0, nanos / 1000);
        if (us > max) max = us;
        counts[(int) Math.min(MAX_MICROS, us)]++;
        total++;
    }

    void clear() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        max = 0;
    }

    void add(Histogram other) {
        for (int i = 0; i <= MAX_MICROS; i++) counts[i] += other.counts[i];
        total += other.total;
        max = Math.max(max, other.max);
    }

    long count() { return total; }

    /** The smallest latency (µs) at or below which {@code quantile} of the samples lie. */
    long micros(double quantile) { // double: a percentile rank, not money
        if (total == 0) return 0;
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int i = 0; i <= MAX_MICROS; i++) {
            seen += counts[i];
            if (seen >= rank) return i;
        }
        return MAX_MICROS;
    }

    long maxMicros() { return max; }

    /** Milliseconds with one decimal, for tables. */
    static String ms(long micros) { return String.format("%.1f", micros / 1000.0); }

    static String ms2(long micros) { return String.format("%.2f", micros / 1000.0); }
}
