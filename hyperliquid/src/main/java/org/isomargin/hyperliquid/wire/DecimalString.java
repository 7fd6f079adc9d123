package org.isomargin.hyperliquid.wire;

import java.math.BigDecimal;

/**
 * Canonical form of a wire decimal ({@code p}, {@code s}, {@code triggerPx}, {@code leverage}): what the SDKs'
 * float_to_wire emits, i.e. no trailing zeros, no exponent, "0" for zero. Hyperliquid hashes this form, so a
 * client that signed {@code "25.20"} recovers a different address (nktkas#1).
 */
public final class DecimalString {

    private DecimalString() {
    }

    /**
     * @param text unsigned plain decimal, {@code digits[.digits]}
     * @return the canonical string
     * @throws IllegalArgumentException if {@code text} is not such a decimal (signs, exponents, blanks are rejected)
     */
    public static String canonical(String text) {
        if (!isPlainUnsigned(text)) {
            throw new IllegalArgumentException("not an unsigned decimal string: " + text);
        }
        if (text.indexOf('.') < 0 && (text.length() == 1 || text.charAt(0) != '0')) {
            return text; // already canonical integer: skip the BigDecimal round trip on the hot path
        }
        BigDecimal value = new BigDecimal(text).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    private static boolean isPlainUnsigned(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int n = text.length();
        int dot = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dot != 0 && dot != n - 1;
    }
}
