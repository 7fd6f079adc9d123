package org.isomargin.bench.http;

/** Ends the run after a hard time limit whatever happens; the server's shutdown hook then stops the subprocess. */
final class Watchdog {
    private Watchdog() {}

    static void arm(int minutes) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(minutes * 60_000L);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("watchdog: the run exceeded " + minutes + " min; stopping");
            System.exit(3);
        }, "watchdog");
        t.setDaemon(true);
        t.start();
    }
}
