package org.isomargin.bench.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real server as production runs it: {@code java -jar server/target/isomargin.jar --port P --admin-port A
 * --data-dir D} with ISOMARGIN_ADMIN_TOKEN in the environment, on loopback ports chosen free, a fresh data
 * directory that is deleted afterwards, and its output in {@code D/../server.log}. {@link #close} stops it (SIGTERM,
 * then SIGKILL after 20 s); a shutdown hook does the same if the load generator dies first.
 */
final class ServerProcess implements AutoCloseable {
    final int port;
    final int adminPort;
    final String token;
    final Path workDir;
    final List<String> command;
    private final Process process;
    private final Thread hook;

    private ServerProcess(int port, int adminPort, String token, Path workDir, List<String> command, Process process) {
        this.port = port;
        this.adminPort = adminPort;
        this.token = token;
        this.workDir = workDir;
        this.command = command;
        this.process = process;
        this.hook = new Thread(this::stop, "stop-isomargin-server");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * @param jar        the server's shaded jar; empty means server/target/isomargin.jar next to this benchmarks.jar
     * @param jvmOptions extra JVM options for the server, space separated (empty for none, as in production)
     * @param serverArgs extra server options, space separated (e.g. --no-journal)
     */
    static ServerProcess start(String jar, String jvmOptions, String serverArgs) throws Exception {
        Path jarPath = jar.isEmpty() ? defaultJar() : Path.of(jar);
        if (!Files.isRegularFile(jarPath))
            throw new IllegalStateException("no server jar at " + jarPath + ": build with mvn -B -q -o install -DskipTests");
        int port = freePort(), adminPort = freePort();
        while (adminPort == port) adminPort = freePort();
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        Path work = Files.createTempDirectory("isomargin-http-load");
        Path data = work.resolve("data");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : jvmOptions.trim().split("\\s+")) if (!o.isEmpty()) cmd.add(o);
        cmd.addAll(List.of("-jar", jarPath.toAbsolutePath().toString(), "--port", Integer.toString(port),
                "--admin-port", Integer.toString(adminPort), "--data-dir", data.toString()));
        for (String o : serverArgs.trim().split("\\s+")) if (!o.isEmpty()) cmd.add(o);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile());
        pb.environment().put("ISOMARGIN_ADMIN_TOKEN", token);
        Process p = pb.start();
        ServerProcess server = new ServerProcess(port, adminPort, token, work, cmd, p);
        try {
            server.awaitHealthy(60_000);
        } catch (Exception e) {
            String log = server.log();
            server.close();
            throw new IllegalStateException("the server did not become healthy: " + e.getMessage() + "\n" + log, e);
        }
        return server;
    }

    private static Path defaultJar() throws Exception {
        Path here = Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // bench/target/benchmarks.jar (or bench/target/classes) → server/target/isomargin.jar
        Path candidate = here.getParent().getParent().getParent().resolve("server/target/isomargin.jar");
        if (Files.isRegularFile(candidate)) return candidate;
        return Path.of("server/target/isomargin.jar");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void awaitHealthy(long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        Exception last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("the server exited with " + process.exitValue());
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + adminPort + "/admin/health").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(1000);
                int code = c.getResponseCode();
                try (InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream()) {
                    String body = in == null ? "" : new String(in.readAllBytes());
                    if (code == 200 && body.contains("\"ok\"")) return;
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no healthy answer in " + timeoutMs + " ms", last);
    }

    long pid() { return process.pid(); }

    ThreadCpu.Snapshot cpu() { return ThreadCpu.take(process.pid()); }

    String log() {
        try {
            return Files.readString(workDir.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log: " + e.getMessage() + ")";
        }
    }

    private synchronized void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp directory
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // already running the hooks
        }
    }
}
