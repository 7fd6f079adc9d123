package org.isomargin.bybit.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Per-thread reusable buffer holding the UTF-8 bytes of timestamp + apiKey + recvWindow, the part of the
 * origin string that precedes the payload. Reuse avoids a String and a byte[] per request on the hot path.
 */
final class SigningPrefix {
    private byte[] buf = new byte[128];
    private int length;

    /** Fills the buffer; the three strings are used verbatim as received. */
    void fill(String timestamp, String apiKey, String recvWindow) {
        length = 0;
        if (!appendAscii(timestamp) || !appendAscii(apiKey) || !appendAscii(recvWindow)) {
            // Rare non-ASCII key: fall back to the general encoder rather than hand-rolling UTF-8.
            byte[] all = (timestamp + apiKey + recvWindow).getBytes(StandardCharsets.UTF_8);
            ensure(all.length);
            System.arraycopy(all, 0, buf, 0, all.length);
            length = all.length;
        }
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return length;
    }

    private boolean appendAscii(String s) {
        ensure(length + s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return false;
            buf[length++] = (byte) c;
        }
        return true;
    }

    private void ensure(int capacity) {
        if (capacity > buf.length) buf = Arrays.copyOf(buf, Math.max(capacity, buf.length * 2));
    }
}
