package org.isomargin.server;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The real server as a separate JVM (for kill -9 tests): same classpath as the tests, loopback ports. */
final class ServerProcess implements AutoCloseable {
    final int publicPort;
    final int adminPort;
    final String token;
    private final Process process;

    private ServerProcess(Process p, int publicPort, int adminPort, String token) {
        this.process = p;
        this.publicPort = publicPort;
        this.adminPort = adminPort;
        this.token = token;
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static ServerProcess start(Path dataDir, String token, Path log, String... extra) throws Exception {
        int pub = freePort(), adm = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.isomargin.server.Main", "--port", String.valueOf(pub), "--admin-port", String.valueOf(adm),
                "--data-dir", dataDir.toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("ISOMARGIN_ADMIN_TOKEN", token);
        ServerProcess sp = new ServerProcess(pb.start(), pub, adm, token);
        sp.awaitHealthy(Duration.ofSeconds(60));
        return sp;
    }

    private void awaitHealthy(Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        OperatorClient op = new OperatorClient(adminPort, null);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IllegalStateException("server exited with " + process.exitValue());
            try {
                if (op.get("/admin/health").status() == 200) return;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("server not healthy within " + limit);
    }

    /** The exit status once the process ended by itself, or -1 if it still runs after {@code limit}. */
    int awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** SIGKILL: no shutdown hook, no flush, exactly like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }

    static String classpathSeparator() { return File.pathSeparator; }
}
