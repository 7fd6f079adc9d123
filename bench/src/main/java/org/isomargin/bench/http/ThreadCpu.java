package org.isomargin.bench.http;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of a Linux process and of each of its threads, from /proc/PID/task/TID/stat (utime + stime, in clock
 * ticks of 10 ms). HotSpot names native threads after their Java names (truncated to 15 characters), which is how
 * the report tells the server's event loop from its engine and journal threads.
 */
final class ThreadCpu {
    private static final long TICK_NANOS = 10_000_000L; // USER_HZ is 100 on Linux

    /**
     * tid → (name, cpu ns) at one instant, plus the process total from /proc/PID/stat, which unlike the per-thread
     * figures still counts threads that have ended.
     */
    record Snapshot(long atNanos, Map<Long, Entry> threads, long processNanos) {
        long totalNanos() { return processNanos; }
    }

    record Entry(String name, long cpuNanos) {}

    /** A thread's share of CPU over an interval, in cores (1.0 = one core busy all the time). */
    record Usage(long tid, String name, double cores) {} // metrics, not money

    private ThreadCpu() {}

    static Snapshot take(long pid) {
        Map<Long, Entry> out = new HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.put(Long.parseLong(t.getFileName().toString()), new Entry(name, ticks * TICK_NANOS));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            // not Linux, or the process is gone: report nothing rather than fail the run
        }
        return new Snapshot(System.nanoTime(), out, processCpuNanos(pid));
    }

    static long processCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Per-thread usage between two snapshots, busiest first; threads below 0.005 cores are left out. */
    static List<Usage> between(Snapshot a, Snapshot b) {
        double wall = b.atNanos - a.atNanos; // double: a ratio for display (metrics, not money)
        List<Usage> out = new ArrayList<>();
        for (Map.Entry<Long, Entry> e : b.threads.entrySet()) {
            Entry before = a.threads.get(e.getKey());
            long used = e.getValue().cpuNanos - (before == null ? 0 : before.cpuNanos);
            double cores = used / wall; // metrics, not money
            if (cores >= 0.005) out.add(new Usage(e.getKey(), e.getValue().name, cores));
        }
        out.sort((x, y) -> Double.compare(y.cores, x.cores)); // metrics, not money
        return out;
    }

    static double cores(Snapshot a, Snapshot b) { // metrics, not money
        return (b.totalNanos() - a.totalNanos()) / (double) (b.atNanos - a.atNanos); // metrics, not money
    }

    /** "name 0.93, name 0.41, …" for the busiest {@code max} threads. */
    static String describe(List<Usage> usage, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, usage.size()); i++) {
            if (i > 0) sb.append(", ");
            sb.append(usage.get(i).name).append(' ').append(String.format("%.2f", usage.get(i).cores));
        }
        return sb.toString();
    }

    /** Machine-wide busy time (all CPUs, everything but idle and iowait) from /proc/stat, in ns, at one instant. */
    record Machine(long atNanos, long busyNanos) {
        /** Busy cores over the interval, e.g. 1.9 of 2. */
        double coresUntil(Machine later) { // metrics, not money
            return (later.busyNanos - busyNanos) / (double) (later.atNanos - atNanos); // metrics, not money
        }
    }

    static Machine machineNow() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // "cpu  user nice system idle iowait irq softirq steal …"
            String[] f = cpu.trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]);
            return new Machine(System.nanoTime(), busy * TICK_NANOS);
        } catch (IOException | RuntimeException e) {
            return new Machine(System.nanoTime(), 0);
        }
    }

    /** The machine's CPU model as lscpu prints it, and the number of online CPUs. */
    static String machine() {
        String model = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException e) {
            // keep "unknown"
        }
        return model + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }
}
