package org.isomargin.bench.http;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/** Cheap checks of response bodies (a prefix compare on the hot path), and one sample body per failure kind. */
final class Responses {
    private static final byte[] RET_CODE = "{\"retCode\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HL_OK = "{\"status\":\"ok\"".getBytes(StandardCharsets.US_ASCII);
    /** First body seen for each failure key, printed with the report. */
    static final ConcurrentHashMap<String, String> SAMPLES = new ConcurrentHashMap<>();

    private Responses() {}

    /** Bybit: null for HTTP 200 with retCode 0, else "HTTP n" or "retCode=n". */
    static String bybit(int status, Buffer body) {
        if (body == null) return note("HTTP " + status + " without body", "");
        String key = null;
        if (status != 200) key = "HTTP " + status;
        else if (!startsWith(body, RET_CODE)) key = "not a Bybit envelope";
        else {
            int i = RET_CODE.length, code = 0;
            boolean digits = false;
            while (i < body.length()) {
                byte b = body.getByte(i++);
                if (b < '0' || b > '9') break;
                code = code * 10 + (b - '0');
                digits = true;
            }
            if (digits && code == 0) return null;
            key = "retCode=" + code;
        }
        return note(key, body.toString());
    }

    /** Hyperliquid /exchange: null for {"status":"ok",…}, else "HTTP n" or "status err". */
    static String hyperliquid(int status, Buffer body) {
        if (body == null) return note("HTTP " + status + " without body", "");
        if (status == 200 && startsWith(body, HL_OK)) return null;
        return note(status != 200 ? "HTTP " + status : "status err", body.toString());
    }

    private static String note(String key, String body) {
        SAMPLES.putIfAbsent(key, body.length() > 300 ? body.substring(0, 300) + "…" : body);
        return key;
    }

    private static boolean startsWith(Buffer b, byte[] prefix) {
        if (b.length() < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b.getByte(i) != prefix[i]) return false;
        return true;
    }

    static void printSamples() {
        SAMPLES.forEach((k, v) -> System.err.println("sample " + k + ": " + v));
    }
}
