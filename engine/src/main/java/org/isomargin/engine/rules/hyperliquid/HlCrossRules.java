package org.isomargin.engine.rules.hyperliquid;

import java.math.BigDecimal;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.state.EngineState;

/**
 * Hyperliquid cross margin (hyperliquid.md §5.1, §5.5): the cross account value is the USDC not held by isolated
 * positions plus every cross position's unrealised PnL at the mark; the account is liquidated when that value falls
 * below the sum of its cross positions' maintenance margins (notional·mmr(tier) − deduction(tier)).
 */
public final class HlCrossRules {
    private HlCrossRules() {}

    /** USDC the cross account holds: the wallet less what isolated positions hold (no PnL). */
    public static BigDecimal crossBalance(Account a) {
        BigDecimal c = a.wallet("USDC");
        for (HlPosition p : a.hlPositions.values()) if (p.isOpen() && !p.cross) c = c.subtract(p.margin);
        return c;
    }

    /** Cross account value = cross balance + Σ cross szi·(mark − entry). */
    public static BigDecimal accountValue(EngineState st, Account a) {
        BigDecimal v = crossBalance(a);
        for (HlPosition p : a.hlPositions.values())
            if (p.isOpen() && p.cross) v = v.add(HlIsolatedRules.unrealisedPnl(p, st.markOrEntry(p.symbol, p.entryPx)));
        return v;
    }

    /** One cross position's maintenance margin at the mark. */
    public static BigDecimal maintenance(EngineState st, HlPosition p) {
        HyperliquidMarket m = (HyperliquidMarket) st.markets.get(p.symbol);
        return m.maintenanceMargin(HlIsolatedRules.notional(p, st.markOrEntry(p.symbol, p.entryPx)));
    }

    /** Σ maintenance margin of the account's open cross positions (the clearinghouse crossMaintenanceMarginUsed). */
    public static BigDecimal maintenance(EngineState st, Account a) {
        BigDecimal mm = BigDecimal.ZERO;
        for (HlPosition p : a.hlPositions.values()) if (p.isOpen() && p.cross) mm = mm.add(maintenance(st, p));
        return mm;
    }

    public static boolean hasCross(Account a) {
        for (HlPosition p : a.hlPositions.values()) if (p.isOpen() && p.cross) return true;
        return false;
    }

    /** Liquidatable: some cross position is open and account value &lt; Σ cross maintenance margin (strictly). */
    public static boolean belowMaintenance(EngineState st, Account a) {
        return hasCross(a) && accountValue(st, a).compareTo(maintenance(st, a)) < 0;
    }

    /**
     * Liquidation price of one cross position with every other input held fixed (the venue's
     * {@code liq = price − side·margin_available/size/(1 − l·side)}): the account value is
     * K + szi·x with K = accountValue − szi·mark, so x solves K − MM_others + szi·x = |szi|·x·mmr_t − ded_t,
     * tier aware as for isolated. Null when no positive price liquidates.
     */
    public static BigDecimal liquidationPrice(EngineState st, Account a, HlPosition p) {
        if (!p.isOpen() || !p.cross) return null;
        HyperliquidMarket m = (HyperliquidMarket) st.markets.get(p.symbol);
        BigDecimal mark = st.markOrEntry(p.symbol, p.entryPx);
        BigDecimal others = maintenance(st, a).subtract(maintenance(st, p));
        BigDecimal k = accountValue(st, a).subtract(p.szi.multiply(mark));
        return HlIsolatedRules.liquidationPrice(m, p.szi, k.subtract(others));
    }
}
