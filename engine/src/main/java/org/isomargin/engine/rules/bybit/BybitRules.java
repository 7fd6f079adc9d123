package org.isomargin.engine.rules.bybit;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.RiskTier;

/**
 * Bybit isolated-margin arithmetic for one contract family (bybit-v5.md §5). Symbols: s side (+1/−1), Q size,
 * E entry, L leverage, f taker fee rate, X extra margin. Liquidation uses the classic formula (maintenance
 * margin on entry value), which every documented example reproduces (docs/margin-rules.md).
 */
public sealed interface BybitRules permits BybitLinearRules, BybitInverseRules {

    static BybitRules of(BybitMarket m) {
        return m.inverse() ? BybitInverseRules.INSTANCE : BybitLinearRules.INSTANCE;
    }

    /** positionIM, positionMM, bust and liq for the given state. */
    BybitFigures figures(BybitMarket m, int s, BigDecimal q, BigDecimal e, BigDecimal l, BigDecimal x, BigDecimal f);

    /** Position value in the settle coin at an entry (linear Q·E, inverse Q/E), exact or at 20 dp. */
    BigDecimal positionValue(BigDecimal q, BigDecimal e);

    /** Initial margin without fees, Q·E/L or Q/(E·L), rounded up to 8 dp (the auto-add amount). */
    BigDecimal initialMargin(BigDecimal q, BigDecimal e, BigDecimal l);

    /** Gross PnL of closing qty at price for a position of side s entered at e, 8 dp toward −∞. */
    BigDecimal closedPnl(int s, BigDecimal qty, BigDecimal e, BigDecimal price);

    /** Trading fee in the settle coin, 8 dp rounded up. */
    BigDecimal fee(BigDecimal qty, BigDecimal price, BigDecimal rate);

    /** Average entry after adding qty at price to a position of size q at e. */
    BigDecimal averageEntry(BigDecimal q, BigDecimal e, BigDecimal qty, BigDecimal price);

    /** Unrealised PnL at mark, 8 dp half-up. */
    BigDecimal unrealisedPnl(int s, BigDecimal q, BigDecimal e, BigDecimal mark);

    /** Position value as displayed (linear exact, inverse 8 dp half-up). */
    BigDecimal displayValue(BigDecimal q, BigDecimal e);

    /** Tier covering the position value; the last tier when the value is above every limit. */
    default RiskTier tier(BybitMarket m, BigDecimal q, BigDecimal e) {
        RiskTier t = tierOrNull(m, q, e);
        return t != null ? t : m.riskTiers().get(m.riskTiers().size() - 1);
    }

    /** Tier covering the position value, or null when it is above every risk limit. */
    default RiskTier tierOrNull(BybitMarket m, BigDecimal q, BigDecimal e) {
        return m.tierFor(positionValue(q, e));
    }
}
