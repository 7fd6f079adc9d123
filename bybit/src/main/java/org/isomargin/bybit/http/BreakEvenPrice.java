package org.isomargin.bybit.http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.view.BybitPositionView;

/**
 * breakEvenPrice of a /v5/position/list row (bybit-v5.md §4.1): the price at which closing now loses nothing after
 * the fee to close. Linear, as documented: (E·q − R) / (q − |q|·f). Inverse, the same balance in coin:
 * (q + |q|·f) / (q/E + R). q is the signed size, R the position's curRealisedPnl (the opening fee so far; no funding
 * is modelled), f = max(takerFee, 0.00055). Rounded to the tick away from entry (long up, short down), so the
 * printed price never falls short of break-even (docs/margin-rules.md).
 */
final class BreakEvenPrice {
    /** The venue's floor for the fee rate in the formula. */
    static final BigDecimal MIN_FEE = new BigDecimal("0.00055");

    private BreakEvenPrice() {}

    /** "" for an empty slot or when no finite break-even exists. */
    static String of(BybitPositionView v) {
        if (v.size().signum() <= 0 || v.avgPrice() == null || v.avgPrice().signum() <= 0) return "";
        BigDecimal f = v.takerFee() == null ? MIN_FEE : v.takerFee().max(MIN_FEE);
        boolean isLong = "Buy".equals(v.side());
        BigDecimal q = isLong ? v.size() : v.size().negate();
        BigDecimal absQ = v.size();
        BigDecimal r = v.curRealisedPnl() == null ? BigDecimal.ZERO : v.curRealisedPnl();
        BigDecimal e = v.avgPrice();
        BigDecimal num;
        BigDecimal den;
        if (v.inverse()) {
            num = q.add(absQ.multiply(f));
            den = q.divide(e, 40, RoundingMode.HALF_EVEN).add(r);
        } else {
            num = e.multiply(q).subtract(r);
            den = q.subtract(absQ.multiply(f));
        }
        if (den.signum() == 0) return "";
        BigDecimal price = num.divide(den, v.priceScale(), isLong ? RoundingMode.CEILING : RoundingMode.FLOOR);
        if (price.signum() <= 0) return "";
        return Wire.price(price, v.priceScale());
    }
}
