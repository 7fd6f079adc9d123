package org.isomargin.engine.rules.bybit;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.RiskTier;
import org.isomargin.engine.num.Rounding;

/**
 * USDT/USDC-settled perpetuals (bybit-v5.md §5.3), each price as one exact quotient so the tick rounding is exact:
 * <pre>
 * positionIM = [Q·E·(1 + (L−s)·f) + X·L] / L
 * positionMM = [Q·E·MMR·L − ded·L + Q·E·(L−s)·f] / L
 * bust       = [E·(L−s)·Q·(1−s·f) − s·X·L] / [L·Q·(1−s·f)]        (M = IM0 + X/(1−s·f); bust = E − s·M/Q)
 * liq        = bust + s·(Q·E·MMR − ded)/Q                          (classic: MM on entry value)
 * </pre>
 */
public final class BybitLinearRules implements BybitRules {
    public static final BybitLinearRules INSTANCE = new BybitLinearRules();

    private BybitLinearRules() {}

    @Override
    public BybitFigures figures(BybitMarket m, int s, BigDecimal q, BigDecimal e, BigDecimal l, BigDecimal x, BigDecimal f) {
        BigDecimal qe = q.multiply(e);
        RiskTier t = tier(m, q, e);
        BigDecimal sd = BigDecimal.valueOf(s);
        BigDecimal lMinusS = l.subtract(sd);
        BigDecimal fee0Num = qe.multiply(lMinusS).multiply(f);
        BigDecimal positionIM = Rounding.marginUp(qe.add(fee0Num).add(x.multiply(l)), l);
        BigDecimal mmNum = qe.multiply(t.maintenanceMargin()).subtract(t.mmDeduction()).multiply(l).add(fee0Num);
        BigDecimal positionMM = mmNum.signum() <= 0 ? BigDecimal.ZERO : Rounding.marginUp(mmNum, l);
        BigDecimal oneMinusSf = BigDecimal.ONE.subtract(sd.multiply(f));
        BigDecimal den = l.multiply(q).multiply(oneMinusSf);
        BigDecimal bustNum = e.multiply(lMinusS).multiply(q).multiply(oneMinusSf).subtract(sd.multiply(x).multiply(l));
        BigDecimal mmValue = qe.multiply(t.maintenanceMargin()).subtract(t.mmDeduction());
        BigDecimal liqNum = bustNum.add(sd.multiply(l).multiply(oneMinusSf).multiply(mmValue));
        return new BybitFigures(t, positionIM, positionMM, price(bustNum, den, s, m), price(liqNum, den, s, m));
    }

    private static BigDecimal price(BigDecimal num, BigDecimal den, int s, BybitMarket m) {
        if (num.signum() <= 0 || den.signum() <= 0) return null;
        BigDecimal p = Rounding.quotientTowardEntry(num, den, s, m.tickSize());
        return p.signum() > 0 ? p : null;
    }

    @Override
    public BigDecimal positionValue(BigDecimal q, BigDecimal e) { return q.multiply(e); }

    @Override
    public BigDecimal initialMargin(BigDecimal q, BigDecimal e, BigDecimal l) {
        return Rounding.marginUp(q.multiply(e), l);
    }

    @Override
    public BigDecimal closedPnl(int s, BigDecimal qty, BigDecimal e, BigDecimal price) {
        return Rounding.settlePnl(qty.multiply(price.subtract(e)).multiply(BigDecimal.valueOf(s)), Rounding.BYBIT_COIN_SCALE);
    }

    @Override
    public BigDecimal fee(BigDecimal qty, BigDecimal price, BigDecimal rate) {
        return Rounding.feeUp(qty.multiply(price).multiply(rate), Rounding.BYBIT_COIN_SCALE);
    }

    @Override
    public BigDecimal averageEntry(BigDecimal q, BigDecimal e, BigDecimal qty, BigDecimal price) {
        BigDecimal total = q.add(qty);
        return Rounding.entryPrice(q.multiply(e).add(qty.multiply(price)).divide(total, 20, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public BigDecimal unrealisedPnl(int s, BigDecimal q, BigDecimal e, BigDecimal mark) {
        return Rounding.display(q.multiply(mark.subtract(e)).multiply(BigDecimal.valueOf(s)), Rounding.BYBIT_COIN_SCALE);
    }

    @Override
    public BigDecimal displayValue(BigDecimal q, BigDecimal e) { return q.multiply(e); }
}
