package org.isomargin.bench.http;

/** Options every load generator shares: which server process to start and how long the whole run may take. */
record Harness(String jar, String jvm, String serverArgs, int quietWaitSeconds, int maxMinutes) {

    static Harness read(Cli cli) {
        return new Harness(
                cli.str("server-jar", "", "server jar (empty: server/target/isomargin.jar)"),
                cli.str("server-jvm", "", "extra JVM options for the server process"),
                cli.str("server-args", "", "extra server options, e.g. --no-journal"),
                cli.integer("quiet-wait-seconds", 60, "before each window, wait up to this for other processes to idle"),
                cli.integer("max-minutes", 15, "hard stop for the whole run"));
    }

    ServerProcess startServer() throws Exception {
        return ServerProcess.start(jar, jvm, serverArgs);
    }
}
