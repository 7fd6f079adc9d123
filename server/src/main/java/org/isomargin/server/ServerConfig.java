package org.isomargin.server;

import java.nio.file.Path;

/**
 * Command-line configuration (operator-api.md "Starting the server"). Snapshot cadence: every
 * {@code snapshotEvery} journaled commands or {@code snapshotSeconds} seconds, whichever comes first.
 */
public record ServerConfig(int port, int adminPort, Path dataDir, boolean mainnet, long snapshotEvery,
                           long snapshotSeconds, boolean journal) {

    public static ServerConfig defaults() {
        return new ServerConfig(3001, 8081, Path.of("data"), false, 100_000, 300, true);
    }

    public static ServerConfig parse(String[] args) {
        ServerConfig c = defaults();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--port" -> { c = c.withPort(intArg(a, v)); i++; }
                case "--admin-port" -> { c = c.withAdminPort(intArg(a, v)); i++; }
                case "--data-dir" -> { c = new ServerConfig(c.port, c.adminPort, Path.of(need(a, v)), c.mainnet, c.snapshotEvery, c.snapshotSeconds, c.journal); i++; }
                case "--hl-network" -> {
                    String n = need(a, v);
                    if (!n.equals("testnet") && !n.equals("mainnet")) throw new IllegalArgumentException("--hl-network takes testnet or mainnet, not " + n);
                    c = new ServerConfig(c.port, c.adminPort, c.dataDir, n.equals("mainnet"), c.snapshotEvery, c.snapshotSeconds, c.journal);
                    i++;
                }
                case "--snapshot-every" -> { c = new ServerConfig(c.port, c.adminPort, c.dataDir, c.mainnet, longArg(a, v), c.snapshotSeconds, c.journal); i++; }
                case "--snapshot-seconds" -> { c = new ServerConfig(c.port, c.adminPort, c.dataDir, c.mainnet, c.snapshotEvery, longArg(a, v), c.journal); i++; }
                // Benchmarks only: no fsync, nothing survives a restart.
                case "--no-journal" -> c = new ServerConfig(c.port, c.adminPort, c.dataDir, c.mainnet, c.snapshotEvery, c.snapshotSeconds, false);
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (options: --port N --admin-port N --data-dir DIR --hl-network testnet|mainnet --snapshot-every N --snapshot-seconds N)");
            }
        }
        return c;
    }

    public ServerConfig withPort(int p) { return new ServerConfig(p, adminPort, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal); }

    public ServerConfig withAdminPort(int p) { return new ServerConfig(port, p, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal); }

    public ServerConfig withDataDir(Path d) { return new ServerConfig(port, adminPort, d, mainnet, snapshotEvery, snapshotSeconds, journal); }

    private static String need(String a, String v) {
        if (v == null) throw new IllegalArgumentException(a + " needs a value");
        return v;
    }

    private static int intArg(String a, String v) {
        long n = longArg(a, v);
        if (n < 0 || n > 65535) throw new IllegalArgumentException(a + " must be a port number");
        return (int) n;
    }

    private static long longArg(String a, String v) {
        try {
            return Long.parseLong(need(a, v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(a + " needs a number, not " + v);
        }
    }
}
