package org.isomargin.hyperliquid.wire;

import java.math.BigInteger;

/** Hex text helpers for the lenient forms clients send: optional {@code 0x}, any case, odd lengths. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Lowercase {@code 0x}-prefixed hex of {@code bytes}. */
    public static String encode(byte[] bytes) {
        char[] out = new char[2 + bytes.length * 2];
        out[0] = '0';
        out[1] = 'x';
        for (int i = 0; i < bytes.length; i++) {
            out[2 + 2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[3 + 2 * i] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Bytes of an even-length hex string, with or without {@code 0x}. */
    public static byte[] decode(String text) {
        int start = prefixLength(text);
        int digits = text.length() - start;
        if (digits % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + text);
        }
        byte[] out = new byte[digits / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (digit(text, start + 2 * i) << 4 | digit(text, start + 2 * i + 1));
        }
        return out;
    }

    /**
     * Unsigned integer from 1 to 64 hex digits, {@code 0x} optional, odd lengths allowed (PY and ccxt strip
     * leading zeros of r and s).
     */
    public static BigInteger parseUnsigned(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        int start = prefixLength(text);
        int digits = text.length() - start;
        if (digits < 1 || digits > 64) {
            throw new IllegalArgumentException(what + " must have 1 to 64 hex digits: " + text);
        }
        for (int i = start; i < text.length(); i++) {
            digit(text, i);
        }
        return new BigInteger(text.substring(start), 16);
    }

    /** Exactly {@code bytes} bytes of hex, {@code 0x} optional, any case; returned lowercase with {@code 0x}. */
    public static String normalizeFixed(String text, int bytes, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        int start = prefixLength(text);
        if (text.length() - start != bytes * 2) {
            throw new IllegalArgumentException(what + " must be " + bytes + " bytes of hex: " + text);
        }
        char[] out = new char[2 + bytes * 2];
        out[0] = '0';
        out[1] = 'x';
        for (int i = start; i < text.length(); i++) {
            out[2 + i - start] = DIGITS[digit(text, i)];
        }
        return new String(out);
    }

    private static int prefixLength(String text) {
        return text.length() >= 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X') ? 2 : 0;
    }

    private static int digit(String text, int index) {
        int d = Character.digit(text.charAt(index), 16);
        if (d < 0) {
            throw new IllegalArgumentException("not a hex digit at " + index + ": " + text);
        }
        return d;
    }
}
