package org.isomargin.bybit.http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.num.Decimals;

/**
 * How decimals print on the Bybit wire: always strings in plain notation, "" for "no value", never null.
 * Prices print at the market's tick scale ("1812.90"), margins at 8 decimals ("0.01926611").
 */
final class Wire {
    static final int MARGIN_SCALE = 8;

    private Wire() {}

    static String plain(BigDecimal v) { return v == null ? "" : Decimals.plain(v); }

    static String price(BigDecimal v, int priceScale) { return v == null ? "" : Decimals.fixed(v, priceScale); }

    /** Margins are already 8 dp rounded up by the engine; this only fixes the printed scale. */
    static String margin(BigDecimal v) { return v == null ? "" : v.setScale(MARGIN_SCALE, RoundingMode.CEILING).toPlainString(); }

    /** Inverse (coin) amounts keep 8 dp like Bybit's example ("0.00001217"); USDT amounts print plain ("0.05588"). */
    static String coin(BigDecimal v, boolean inverse) {
        if (v == null) return "";
        return inverse ? v.setScale(MARGIN_SCALE, RoundingMode.HALF_UP).toPlainString() : Decimals.plain(v);
    }

    /** Quantities at the market's step scale ("0.010"). */
    static String qty(BigDecimal v, int qtyScale) { return v == null ? "" : Decimals.fixed(v, qtyScale); }

    static String millis(long ms) { return ms <= 0 ? "" : Long.toString(ms); }
}
