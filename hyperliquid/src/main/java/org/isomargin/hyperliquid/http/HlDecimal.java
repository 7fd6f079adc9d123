package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hyperliquid's number strings (hyperliquid.md §4.3): plain decimal, never an exponent, integers with a
 * trailing ".0" and zero as "0.0" — the form NK's {@code ^-?[0-9]+(\.[0-9]+)?$} and the live API agree on.
 */
final class HlDecimal {

    /** USDC amounts are micro-USDC. */
    static final int USDC_SCALE = 6;
    /** returnOnEquity is shown to 7 decimals (the DOCS example prints -0.0026789). */
    static final int RATIO_SCALE = 7;

    private HlDecimal() {
    }

    /** The value as it stands, trailing zeros dropped. */
    static String of(BigDecimal v) {
        if (v.signum() == 0) {
            return "0.0";
        }
        String s = v.stripTrailingZeros().toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }

    /** A USDC amount: half-up to 6 decimals, as the clearinghouse prints accountValue, marginUsed, rawUsd. */
    static String usdc(BigDecimal v) {
        return of(v.setScale(USDC_SCALE, RoundingMode.HALF_UP));
    }

    /** A dimensionless ratio (returnOnEquity): half-up to 7 decimals. */
    static String ratio(BigDecimal v) {
        return of(v.setScale(RATIO_SCALE, RoundingMode.HALF_UP));
    }
}
