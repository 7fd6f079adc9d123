package org.isomargin.bybit.auth;

/** Strict parsing of numeric auth headers: ASCII digits only, so the signed string and the number agree. */
final class HeaderNumbers {
    static final long INVALID = -1;
    private static final int MAX_DIGITS = 18; // fits a long without overflow checks

    private HeaderNumbers() {
    }

    /** The non-negative value of a digits-only string, or {@link #INVALID} (null, empty, sign, space, too long). */
    static long parseDigits(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_DIGITS) return INVALID;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return INVALID;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
