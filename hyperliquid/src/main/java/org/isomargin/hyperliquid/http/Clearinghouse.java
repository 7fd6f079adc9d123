package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.state.EngineState;
import org.isomargin.engine.view.HlPositionView;

/**
 * The figures of clearinghouseState (hyperliquid.md §4.3), taken on the engine thread. The engine's USDC wallet
 * includes what isolated positions hold, so the cross balance is wallet − Σ isolated margin; then
 * cross rawUsd = cross balance − Σ cross szi·entryPx, total rawUsd = cross rawUsd + Σ isolated rawUsd, and each
 * accountValue = its rawUsd + Σ szi·mark. withdrawable is the engine's transfer-rule figure, floored at 0.
 */
record Clearinghouse(MarginSummary margin, MarginSummary cross, BigDecimal crossMaintenanceMarginUsed,
                     BigDecimal withdrawable, List<HlPositionView> positions) {

    static final Clearinghouse EMPTY = new Clearinghouse(MarginSummary.EMPTY, MarginSummary.EMPTY, BigDecimal.ZERO,
            BigDecimal.ZERO, List.of());

    /** @param a the account, or null for an unknown user (the empty state) */
    static Clearinghouse of(Engine engine, Account a) {
        if (a == null) {
            return EMPTY;
        }
        EngineState st = engine.state();
        List<HlPosition> open = new ArrayList<>();
        for (HlPosition p : a.hlPositions.values()) {
            if (p.isOpen() && st.markets.get(p.symbol) instanceof HyperliquidMarket) {
                open.add(p);
            }
        }
        open.sort(Comparator.comparingInt(p -> market(st, p).assetIndex()));

        BigDecimal crossRaw = a.wallet("USDC");
        BigDecimal isoRaw = BigDecimal.ZERO;
        BigDecimal crossValue = BigDecimal.ZERO, totalValue = BigDecimal.ZERO; // Σ szi·mark
        BigDecimal crossNtl = BigDecimal.ZERO, totalNtl = BigDecimal.ZERO;
        BigDecimal crossUsed = BigDecimal.ZERO, totalUsed = BigDecimal.ZERO;
        BigDecimal crossMm = BigDecimal.ZERO;
        List<HlPositionView> views = new ArrayList<>(open.size());
        for (HlPosition p : open) {
            HyperliquidMarket m = market(st, p);
            HlPositionView v = engine.views().hl(m, p);
            views.add(v);
            BigDecimal signedValue = v.szi().multiply(v.markPx());
            totalValue = totalValue.add(signedValue);
            totalNtl = totalNtl.add(v.positionValue());
            totalUsed = totalUsed.add(v.marginUsed());
            if (v.cross()) {
                crossRaw = crossRaw.subtract(v.szi().multiply(v.entryPx()));
                crossValue = crossValue.add(signedValue);
                crossNtl = crossNtl.add(v.positionValue());
                crossUsed = crossUsed.add(v.marginUsed());
                crossMm = crossMm.add(m.maintenanceMargin(v.positionValue()));
            } else {
                crossRaw = crossRaw.subtract(p.margin);
                isoRaw = isoRaw.add(v.rawUsd());
            }
        }
        BigDecimal totalRaw = crossRaw.add(isoRaw);
        MarginSummary cross = new MarginSummary(crossRaw.add(crossValue), crossNtl, crossRaw, crossUsed);
        MarginSummary margin = new MarginSummary(totalRaw.add(totalValue), totalNtl, totalRaw, totalUsed);
        BigDecimal withdrawable = st.available(a, "USDC").max(BigDecimal.ZERO);
        return new Clearinghouse(margin, cross, crossMm, withdrawable, List.copyOf(views));
    }

    private static HyperliquidMarket market(EngineState st, HlPosition p) {
        return (HyperliquidMarket) st.markets.get(p.symbol);
    }
}
