package org.isomargin.bench.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --name value} options with declared defaults. {@link #commandLine} prints every option with the value in
 * force, so the line in the report reproduces the run exactly.
 */
final class Cli {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> help = new LinkedHashMap<>();
    private final Map<String, String> given = new LinkedHashMap<>();

    Cli(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) throw new IllegalArgumentException("expected --option, got " + a);
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                given.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                given.put(name, args[++i]);
            } else {
                given.put(name, "true");
            }
        }
    }

    /** Declares an option; returns its value (the given one, else the default). */
    String str(String name, String def, String description) {
        help.put(name, description + " (default " + (def.isEmpty() ? "\"\"" : def) + ")");
        String v = given.getOrDefault(name, def);
        values.put(name, v);
        return v;
    }

    int integer(String name, int def, String description) { return Integer.parseInt(str(name, Integer.toString(def), description)); }

    long longValue(String name, long def, String description) { return Long.parseLong(str(name, Long.toString(def), description)); }

    boolean flag(String name, boolean def, String description) { return Boolean.parseBoolean(str(name, Boolean.toString(def), description)); }

    /** Fails on unknown options and answers --help; call after every option is declared. */
    void finish(String main) {
        List<String> unknown = new ArrayList<>();
        for (String k : given.keySet()) if (!values.containsKey(k) && !k.equals("help")) unknown.add("--" + k);
        if (given.containsKey("help") || !unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            if (!unknown.isEmpty()) sb.append("unknown option(s): ").append(unknown).append('\n');
            sb.append("usage: java -cp bench/target/benchmarks.jar ").append(main).append(" [options]\n");
            help.forEach((k, v) -> sb.append(String.format("  --%-18s %s%n", k, v)));
            System.err.print(sb);
            System.exit(unknown.isEmpty() ? 0 : 2);
        }
    }

    /** The full command line with every option's effective value. */
    String commandLine(String main) {
        StringBuilder sb = new StringBuilder("java -cp bench/target/benchmarks.jar ").append(main);
        values.forEach((k, v) -> {
            String shown = v.isEmpty() || v.contains(" ") ? "\"" + v + "\"" : v;
            // A value that itself starts with "--" must be attached with '=' to parse back as a value.
            sb.append(" --").append(k).append(v.startsWith("--") ? "=" : " ").append(shown);
        });
        return sb.toString();
    }
}
