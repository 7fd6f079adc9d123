package org.isomargin.bench.http;

import java.util.List;
import java.util.Map;

/**
 * One measured window. {@code perSecond} counts successful responses only; {@code errors} every other outcome in the
 * window. CPU figures are in cores (1.0 = one core busy the whole window), for the server process and this one.
 */
record PhaseResult(String label, long ok, double seconds, double perSecond, Histogram latency, Map<String, Long> errors, // metrics, not money
                   long throttled, double serverCores, List<ThreadCpu.Usage> serverThreads, double clientCores, // metrics, not money
                   List<ThreadCpu.Usage> clientThreads, double machineCores) { // metrics, not money

    /** Cores used by other processes on the machine during the window (a disturbed measurement when well above 0). */
    double otherCores() { // metrics, not money
        return Math.max(0, machineCores - serverCores - clientCores);
    }

    long errorCount() {
        long n = 0;
        for (long v : errors.values()) n += v;
        return n;
    }

    String summary() {
        return String.format("%s: %.0f req/s, p50 %s ms, p99 %s ms, max %s ms, %d ok, %d errors %s, %d throttle waits; "
                        + "server %.2f cores [%s]; client %.2f cores [%s]; machine busy %.2f cores (other processes %.2f)",
                label, perSecond, Histogram.ms2(latency.micros(0.50)), Histogram.ms2(latency.micros(0.99)),
                Histogram.ms(latency.maxMicros()), ok, errorCount(), errors.isEmpty() ? "" : errors.toString(), throttled,
                serverCores, ThreadCpu.describe(serverThreads, 6), clientCores, ThreadCpu.describe(clientThreads, 3), machineCores, otherCores());
    }
}
