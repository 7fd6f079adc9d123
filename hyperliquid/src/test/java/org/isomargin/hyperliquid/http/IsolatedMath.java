package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The test's own arithmetic for one isolated position on a single-tier market (hyperliquid.md §4.3, §5.5), written
 * from the spec and independent of the engine: what clearinghouseState must print.
 */
record IsolatedMath(BigDecimal szi, BigDecimal entryPx, BigDecimal margin, BigDecimal mark, int maxLeverage) {

    static IsolatedMath of(String szi, String entryPx, String margin, String mark, int maxLeverage) {
        return new IsolatedMath(new BigDecimal(szi), new BigDecimal(entryPx), new BigDecimal(margin),
                new BigDecimal(mark), maxLeverage);
    }

    BigDecimal rawUsd() {
        return margin.subtract(szi.multiply(entryPx));
    }

    BigDecimal marginUsed() {
        return rawUsd().add(szi.multiply(mark));
    }

    BigDecimal positionValue() {
        return szi.abs().multiply(mark);
    }

    /** Closed form p = rawUsd / (|szi|·mmr − szi), mmr = 1/(2·maxLeverage); 8 decimals. */
    BigDecimal liquidationPx() {
        BigDecimal mmr = BigDecimal.ONE.divide(BigDecimal.valueOf(2L * maxLeverage), 30, RoundingMode.HALF_EVEN);
        return rawUsd().divide(szi.abs().multiply(mmr).subtract(szi), 8, RoundingMode.HALF_UP);
    }

    /** The printed form: plain, trailing zeros dropped, ".0" for whole numbers. */
    static String print(BigDecimal v) {
        if (v.signum() == 0) {
            return "0.0";
        }
        String s = v.stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
