package org.isomargin.server;

import java.nio.file.Path;

/**
 * Command-line configuration (operator-api.md "Starting the server"; the durability flags are in
 * docs/durability.md). Snapshot cadence: every {@code snapshotEvery} journaled commands or
 * {@code snapshotSeconds} seconds, whichever comes first.
 *
 * @param exitOnFailure {@code --exit-on-failure}: a stopped engine makes the process exit non-zero (for a
 *                      supervisor) instead of recovering from disk in-process
 * @param init          {@code --init}: start with an empty state even though the data directory was used before
 *                      and lost its data
 */
public record ServerConfig(int port, int adminPort, Path dataDir, boolean mainnet, long snapshotEvery,
                           long snapshotSeconds, boolean journal, boolean exitOnFailure, boolean init) {

    public ServerConfig(int port, int adminPort, Path dataDir, boolean mainnet, long snapshotEvery, long snapshotSeconds,
                        boolean journal) {
        this(port, adminPort, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal, false, false);
    }

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
                case "--data-dir" -> { c = new ServerConfig(c.port, c.adminPort, Path.of(need(a, v)), c.mainnet, c.snapshotEvery, c.snapshotSeconds, c.journal, c.exitOnFailure, c.init); i++; }
                case "--hl-network" -> {
                    String n = need(a, v);
                    if (!n.equals("testnet") && !n.equals("mainnet")) throw new IllegalArgumentException("--hl-network takes testnet or mainnet, not " + n);
                    c = new ServerConfig(c.port, c.adminPort, c.dataDir, n.equals("mainnet"), c.snapshotEvery, c.snapshotSeconds, c.journal, c.exitOnFailure, c.init);
                    i++;
                }
                case "--snapshot-every" -> { c = new ServerConfig(c.port, c.adminPort, c.dataDir, c.mainnet, longArg(a, v), c.snapshotSeconds, c.journal, c.exitOnFailure, c.init); i++; }
                case "--snapshot-seconds" -> { c = new ServerConfig(c.port, c.adminPort, c.dataDir, c.mainnet, c.snapshotEvery, longArg(a, v), c.journal, c.exitOnFailure, c.init); i++; }
                // Benchmarks only: no fsync, nothing survives a restart.
                case "--no-journal" -> c = new ServerConfig(c.port, c.adminPort, c.dataDir, c.mainnet, c.snapshotEvery, c.snapshotSeconds, false, c.exitOnFailure, c.init);
                case "--exit-on-failure" -> c = c.withExitOnFailure(true);
                case "--init" -> c = c.withInit(true);
                default -> throw new IllegalArgumentException("unknown option " + a
                        + " (options: --port N --admin-port N --data-dir DIR --hl-network testnet|mainnet --snapshot-every N"
                        + " --snapshot-seconds N --exit-on-failure --init)");
            }
        }
        return c;
    }

    public ServerConfig withPort(int p) { return new ServerConfig(p, adminPort, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal, exitOnFailure, init); }

    public ServerConfig withAdminPort(int p) { return new ServerConfig(port, p, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal, exitOnFailure, init); }

    public ServerConfig withDataDir(Path d) { return new ServerConfig(port, adminPort, d, mainnet, snapshotEvery, snapshotSeconds, journal, exitOnFailure, init); }

    public ServerConfig withExitOnFailure(boolean x) { return new ServerConfig(port, adminPort, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal, x, init); }

    public ServerConfig withInit(boolean x) { return new ServerConfig(port, adminPort, dataDir, mainnet, snapshotEvery, snapshotSeconds, journal, exitOnFailure, x); }

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
