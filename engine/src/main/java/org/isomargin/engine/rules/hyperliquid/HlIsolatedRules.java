package org.isomargin.engine.rules.hyperliquid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.num.Rounding;
import org.isomargin.engine.position.HlPosition;

/**
 * Hyperliquid isolated margin (hyperliquid.md §5): equity = rawUsd + szi·mark, initial margin = notional/leverage,
 * the transfer floor max(IM, 10 % of notional) for any removal, liquidation when equity &lt; maintenance margin.
 */
public final class HlIsolatedRules {
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");
    /** Liquidation prices are shown and indexed at 8 decimals, like the venue's clearinghouseState. */
    public static final int LIQ_PX_SCALE = 8;

    private HlIsolatedRules() {}

    public static BigDecimal notional(HlPosition p, BigDecimal mark) { return p.szi.abs().multiply(mark); }

    /** Isolated equity = margin + unrealised PnL = rawUsd + szi·mark (the clearinghouse "marginUsed"). */
    public static BigDecimal equity(HlPosition p, BigDecimal mark) { return p.rawUsd().add(p.szi.multiply(mark)); }

    public static BigDecimal unrealisedPnl(HlPosition p, BigDecimal mark) { return p.szi.multiply(mark.subtract(p.entryPx)); }

    /** Initial margin required at the position's leverage: notional / leverage. */
    public static BigDecimal initialMargin(HlPosition p, BigDecimal mark) {
        return notional(p, mark).divide(BigDecimal.valueOf(p.leverage), 20, RoundingMode.HALF_UP);
    }

    /** Margin that must remain after any removal: max(initial margin, 10 % of notional). */
    public static BigDecimal transferFloor(HlPosition p, BigDecimal mark) {
        return initialMargin(p, mark).max(notional(p, mark).multiply(TEN_PERCENT));
    }

    public static boolean belowMaintenance(HyperliquidMarket m, HlPosition p, BigDecimal mark) {
        return equity(p, mark).compareTo(m.maintenanceMargin(notional(p, mark))) < 0;
    }

    /**
     * Liquidation price, tier aware: solves rawUsd + szi·p = |szi|·p·mmr_t − ded_t for each tier t and keeps the
     * solution whose notional falls in that tier (hyperliquid.md §5.5). Null when no positive price liquidates.
     */
    public static BigDecimal liquidationPrice(HyperliquidMarket m, HlPosition p) {
        if (!p.isOpen()) return null;
        return liquidationPrice(m, p.szi, p.rawUsd());
    }

    /**
     * The price x where {@code raw + szi·x = |szi|·x·mmr_t − ded_t} in the tier t that x's notional falls in; shared
     * with cross margin, where raw is the account value without this position's value, less the others' MM.
     */
    public static BigDecimal liquidationPrice(HyperliquidMarket m, BigDecimal szi, BigDecimal raw) {
        BigDecimal size = szi.abs();
        int tiers = m.marginTiers().size();
        BigDecimal fallback = null;
        for (int t = 0; t < tiers; t++) {
            BigDecimal den = size.multiply(m.mmr()[t]).subtract(szi);
            if (den.signum() == 0) continue;
            BigDecimal px = raw.add(m.deduction()[t]).divide(den, LIQ_PX_SCALE, RoundingMode.HALF_UP);
            if (px.signum() <= 0) continue;
            if (fallback == null) fallback = px;
            BigDecimal n = size.multiply(px);
            boolean above = n.compareTo(m.marginTiers().get(t).lowerBound()) >= 0;
            boolean below = t + 1 == tiers || n.compareTo(m.marginTiers().get(t + 1).lowerBound()) < 0;
            if (above && below) return px;
        }
        return fallback;
    }
}
