package org.isomargin.engine.rules.bybit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.RiskTier;
import org.isomargin.engine.num.Rounding;

/**
 * Coin-settled perpetuals, Q in USD contracts (bybit-v5.md §5.4), each price as one exact quotient:
 * <pre>
 * positionIM = [Q·(1 + (L+s)·f) + X·E·L] / (E·L)
 * positionMM = [Q·MMR·L − ded·E·L + Q·(L+s)·f] / (E·L)
 * bust       = Q·E·L·(1+s·f) / [Q·(L+s)·(1+s·f) + s·X·E·L]        (Q/bust = PV + s·IM0 + s·X/(1+s·f))
 * liq        = Q·E·L·(1+s·f) / [that − s·L·(1+s·f)·(Q·MMR − ded·E)]  (classic: Q/liq = Q/bust − s·(PV·MMR − ded))
 * </pre>
 */
public final class BybitInverseRules implements BybitRules {
    public static final BybitInverseRules INSTANCE = new BybitInverseRules();

    private BybitInverseRules() {}

    @Override
    public BybitFigures figures(BybitMarket m, int s, BigDecimal q, BigDecimal e, BigDecimal l, BigDecimal x, BigDecimal f) {
        RiskTier t = tier(m, q, e);
        BigDecimal sd = BigDecimal.valueOf(s);
        BigDecimal el = e.multiply(l);
        BigDecimal lPlusS = l.add(sd);
        BigDecimal fee0Num = q.multiply(lPlusS).multiply(f);
        BigDecimal positionIM = Rounding.marginUp(q.add(fee0Num).add(x.multiply(el)), el);
        BigDecimal mmNum = q.multiply(t.maintenanceMargin()).subtract(t.mmDeduction().multiply(e)).multiply(l).add(fee0Num);
        BigDecimal positionMM = mmNum.signum() <= 0 ? BigDecimal.ZERO : Rounding.marginUp(mmNum, el);
        BigDecimal onePlusSf = BigDecimal.ONE.add(sd.multiply(f));
        BigDecimal num = q.multiply(el).multiply(onePlusSf);
        BigDecimal bustDen = q.multiply(lPlusS).multiply(onePlusSf).add(sd.multiply(x).multiply(el));
        BigDecimal mmValue = q.multiply(t.maintenanceMargin()).subtract(t.mmDeduction().multiply(e));
        BigDecimal liqDen = bustDen.subtract(sd.multiply(l).multiply(onePlusSf).multiply(mmValue));
        return new BybitFigures(t, positionIM, positionMM, price(num, bustDen, s, m), price(num, liqDen, s, m));
    }

    private static BigDecimal price(BigDecimal num, BigDecimal den, int s, BybitMarket m) {
        if (den.signum() <= 0) return null;
        BigDecimal p = Rounding.quotientTowardEntry(num, den, s, m.tickSize());
        return p.signum() > 0 ? p : null;
    }

    @Override
    public BigDecimal positionValue(BigDecimal q, BigDecimal e) { return q.divide(e, 20, RoundingMode.HALF_UP); }

    /** Q/E ≤ limit ⇔ Q ≤ limit·E: the tier test without a division. */
    @Override
    public RiskTier tierOrNull(BybitMarket m, BigDecimal q, BigDecimal e) {
        for (RiskTier t : m.riskTiers()) if (q.compareTo(t.riskLimitValue().multiply(e)) <= 0) return t;
        return null;
    }

    @Override
    public BigDecimal initialMargin(BigDecimal q, BigDecimal e, BigDecimal l) {
        return Rounding.marginUp(q, e.multiply(l));
    }

    @Override
    public BigDecimal closedPnl(int s, BigDecimal qty, BigDecimal e, BigDecimal price) {
        BigDecimal v = qty.multiply(price.subtract(e)).multiply(BigDecimal.valueOf(s));
        return v.divide(e.multiply(price), Rounding.BYBIT_COIN_SCALE, RoundingMode.FLOOR);
    }

    @Override
    public BigDecimal fee(BigDecimal qty, BigDecimal price, BigDecimal rate) {
        return Rounding.feeUp(qty.multiply(rate), price, Rounding.BYBIT_COIN_SCALE);
    }

    @Override
    public BigDecimal averageEntry(BigDecimal q, BigDecimal e, BigDecimal qty, BigDecimal price) {
        // Harmonic mean: (Q+q) / (Q/E + q/P) = (Q+q)·E·P / (Q·P + q·E).
        BigDecimal num = q.add(qty).multiply(e).multiply(price);
        BigDecimal den = q.multiply(price).add(qty.multiply(e));
        return Rounding.entryPrice(num.divide(den, 20, RoundingMode.HALF_UP));
    }

    @Override
    public BigDecimal unrealisedPnl(int s, BigDecimal q, BigDecimal e, BigDecimal mark) {
        BigDecimal v = q.multiply(mark.subtract(e)).multiply(BigDecimal.valueOf(s));
        return v.divide(e.multiply(mark), Rounding.BYBIT_COIN_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public BigDecimal displayValue(BigDecimal q, BigDecimal e) {
        return q.divide(e, Rounding.BYBIT_COIN_SCALE, RoundingMode.HALF_UP);
    }
}
