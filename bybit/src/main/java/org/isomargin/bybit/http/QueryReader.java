package org.isomargin.bybit.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads a raw query string into Params (all values are strings). Clients differ in percent-encoding; both decode. */
final class QueryReader {
    private QueryReader() {}

    static Params read(String rawQuery) {
        Params p = new Params();
        if (rawQuery == null || rawQuery.isEmpty()) return p;
        int start = 0;
        while (start <= rawQuery.length()) {
            int amp = rawQuery.indexOf('&', start);
            int end = amp < 0 ? rawQuery.length() : amp;
            if (end > start) {
                int eq = rawQuery.indexOf('=', start);
                String name = eq < 0 || eq > end ? rawQuery.substring(start, end) : rawQuery.substring(start, eq);
                String value = eq < 0 || eq > end ? "" : rawQuery.substring(eq + 1, end);
                p.put(decode(name), Params.Kind.STRING, decode(value));
            }
            if (amp < 0) break;
            start = amp + 1;
        }
        return p;
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadParam("query", "is not correctly percent-encoded");
        }
    }
}
