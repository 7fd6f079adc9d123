package org.isomargin.engine.num;

import java.math.BigDecimal;

/** Parsing and printing of decimals at the edge: plain notation, never an exponent. */
public final class Decimals {
    private Decimals() {}

    /** Plain string without trailing zeros ("1.50" → "1.5", "0E-8" → "0"). */
    public static String plain(BigDecimal v) {
        if (v.signum() == 0) return "0";
        return v.stripTrailingZeros().toPlainString();
    }

    /** Plain string at exactly {@code scale} decimals (prices at tick scale: "1812.90"). */
    public static String fixed(BigDecimal v, int scale) {
        return v.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Number of decimals a value really carries ("0.0100" → 2). */
    public static int decimals(BigDecimal v) {
        return Math.max(0, v.stripTrailingZeros().scale());
    }

    /** Parses a decimal given as text; returns null when it is not a plain finite decimal. */
    public static BigDecimal parseOrNull(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) return null;
        int i = 0, n = s.length();
        if (s.charAt(0) == '-' || s.charAt(0) == '+') i++;
        boolean digits = false, dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digits = true;
            else if (c == '.' && !dot) dot = true;
            else return null;
        }
        if (!digits) return null;
        return new BigDecimal(s);
    }
}
