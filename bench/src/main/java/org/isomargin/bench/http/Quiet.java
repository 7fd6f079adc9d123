package org.isomargin.bench.http;

/**
 * The machine may be shared. Before a measured window, waits (bounded) until processes other than this one and the
 * server use less than {@code threshold} cores over half a second; the report shows that "other" load per window, so a
 * disturbed run is visible rather than silently slower.
 */
final class Quiet {
    private Quiet() {}

    /** Cores used by everything except this process and {@code serverPid} (≤ 0 for none) over {@code millis}. */
    static double otherCores(long serverPid, long millis) throws InterruptedException { // metrics, not money
        long self = ProcessHandle.current().pid();
        ThreadCpu.Machine m0 = ThreadCpu.machineNow();
        ThreadCpu.Snapshot a0 = ThreadCpu.take(self), b0 = serverPid > 0 ? ThreadCpu.take(serverPid) : null;
        Thread.sleep(millis);
        ThreadCpu.Snapshot a1 = ThreadCpu.take(self), b1 = serverPid > 0 ? ThreadCpu.take(serverPid) : null;
        ThreadCpu.Machine m1 = ThreadCpu.machineNow();
        double own = ThreadCpu.cores(a0, a1) + (b0 == null ? 0 : ThreadCpu.cores(b0, b1)); // metrics, not money
        return Math.max(0, m0.coresUntil(m1) - own);
    }

    /** Returns once the other load is below {@code threshold} cores, or after {@code maxSeconds} with a warning. */
    static void await(long serverPid, double threshold, int maxSeconds) throws InterruptedException { // metrics, not money
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        double other = otherCores(serverPid, 500); // metrics, not money
        boolean told = false;
        while (other >= threshold) {
            if (System.nanoTime() > deadline) {
                System.err.printf("warning: other processes still use %.2f cores; measuring anyway%n", other);
                return;
            }
            if (!told) {
                System.err.printf("waiting for a quiet machine (other processes use %.2f cores) …%n", other);
                told = true;
            }
            other = otherCores(serverPid, 500);
        }
    }
}
