package org.isomargin.engine.num;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every rounding the engine performs, named after the venue rule it implements.
 * Callers never call setScale directly on money, prices or quantities.
 */
public final class Rounding {
    /** Bybit coin amounts (margins, fees, PnL) are carried with 8 decimals. */
    public static final int BYBIT_COIN_SCALE = 8;
    /** Hyperliquid USDC amounts are micro-USDC: 6 decimals. */
    public static final int USDC_SCALE = 6;
    /** Scale used for stored average entry prices (Bybit shows 8 dp for inverse: "1812.70004844"). */
    public static final int ENTRY_PRICE_SCALE = 8;

    private Rounding() {}

    /** Bybit: positionIM / positionMM at 8 dp rounded up (ETHUSD example 0.0192661037 → 0.01926611), as one quotient. */
    public static BigDecimal marginUp(BigDecimal num, BigDecimal den) {
        return num.divide(den, BYBIT_COIN_SCALE, RoundingMode.CEILING);
    }

    /** Bybit: bankruptcy and liquidation prices round toward the entry side (long up, short down) to the tick,
     *  computed as one exact division of num/den straight to ticks, with no intermediate rounding. */
    public static BigDecimal quotientTowardEntry(BigDecimal num, BigDecimal den, int side, BigDecimal tick) {
        BigDecimal ticks = num.divide(den.multiply(tick), 0, side > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return ticks.multiply(tick);
    }

    /** Fees charged to a user round up at the coin scale: the exchange never under-charges. */
    public static BigDecimal feeUp(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.CEILING);
    }

    /** Same rule for a fee that is a quotient (inverse contracts: qty·rate / price). */
    public static BigDecimal feeUp(BigDecimal num, BigDecimal den, int scale) {
        return num.divide(den, scale, RoundingMode.CEILING);
    }

    /** Realised PnL credited to a user rounds toward negative infinity at the coin scale. */
    public static BigDecimal settlePnl(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.FLOOR);
    }

    /** Values that are only displayed (positionValue, unrealised PnL, inverse value) round half-up. */
    public static BigDecimal display(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Weighted-average entry price after an increase, half-up at {@link #ENTRY_PRICE_SCALE}. */
    public static BigDecimal entryPrice(BigDecimal v) {
        return v.setScale(ENTRY_PRICE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Margin released on a partial close is scaled down and rounded down, so a reservation never grows. */
    public static BigDecimal scaleDown(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.FLOOR);
    }

    /** Margin a rule must add to reach a target rounds up, so the target is always met. */
    public static BigDecimal requiredUp(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.CEILING);
    }

    /** A Bybit coin amount held in state, at exactly 8 decimals (exact: callers never pass more). */
    public static BigDecimal bybitCoin(BigDecimal v) {
        return v.setScale(BYBIT_COIN_SCALE, RoundingMode.UNNECESSARY);
    }

    /** A USDC amount held in state, at exactly 6 decimals (exact: callers never pass more). */
    public static BigDecimal usdc(BigDecimal v) {
        return v.setScale(USDC_SCALE, RoundingMode.UNNECESSARY);
    }

}
