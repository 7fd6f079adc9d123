package org.isomargin.server;

/** Starts Isomargin with the command-line options of operator-api.md and stays up until stopped. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        ServerConfig cfg;
        try {
            cfg = ServerConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("isomargin: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            // Exit from a fresh thread: System.exit runs the shutdown hook, which closes what the caller is part of.
            Runnable exit = () -> new Thread(() -> System.exit(IsomarginServer.EXIT_ENGINE_STOPPED), "isomargin-exit").start();
            IsomarginServer server = IsomarginServer.start(cfg, System::currentTimeMillis, System.getenv("ISOMARGIN_ADMIN_TOKEN"), exit);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "isomargin-shutdown"));
            System.out.println("Isomargin ready: public port " + server.publicPort() + " (Bybit V5 /v5/*, Hyperliquid /exchange /info, "
                    + (cfg.mainnet() ? "mainnet" : "testnet") + " signatures), operator API 127.0.0.1:" + server.adminPort()
                    + ", data in " + cfg.dataDir().toAbsolutePath());
            System.out.println("Operator token: " + server.token().source());
            System.out.println(server.recoveryReport());
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            System.err.println("isomargin: cannot start: " + (e.getMessage() != null ? e.getMessage() : root));
            if (root != e && root.getMessage() != null) System.err.println("  cause: " + root.getMessage());
            System.exit(1);
        }
    }
}
