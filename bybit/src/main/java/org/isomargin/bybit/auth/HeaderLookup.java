package org.isomargin.bybit.auth;

import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one request header by name, case-insensitively (HTTP header names are); null when absent.
 * Vert.x {@code MultiMap::get} already satisfies this contract.
 */
@FunctionalInterface
public interface HeaderLookup {
    String get(String name);

    /** Case-insensitive view over a plain map, for callers (and tests) that hold headers in one. */
    static HeaderLookup of(Map<String, String> headers) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        return copy::get;
    }
}
