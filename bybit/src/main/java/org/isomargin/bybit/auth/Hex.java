package org.isomargin.bybit.auth;

/** Hex decoding into a caller-owned buffer; accepts either case because clients differ. */
final class Hex {
    private Hex() {
    }

    /** Decodes exactly {@code out.length} bytes; false if the length or any digit is wrong. */
    static boolean decode(String hex, byte[] out) {
        if (hex.length() != out.length * 2) return false;
        for (int i = 0; i < out.length; i++) {
            int hi = nibble(hex.charAt(2 * i));
            int lo = nibble(hex.charAt(2 * i + 1));
            if ((hi | lo) < 0) return false;
            out[i] = (byte) (hi << 4 | lo);
        }
        return true;
    }

    private static int nibble(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
