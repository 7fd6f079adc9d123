package org.isomargin.engine.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.position.PositionStatus;
import org.isomargin.engine.rules.bybit.BybitRules;
import org.isomargin.engine.rules.hyperliquid.HlCrossRules;
import org.isomargin.engine.rules.hyperliquid.HlIsolatedRules;
import org.isomargin.engine.state.EngineState;
import org.isomargin.engine.view.BybitPositionView;
import org.isomargin.engine.view.HlPositionView;

/** Builds the immutable position pictures the dialects render; runs on the engine thread. */
public final class Views {
    private final EngineState st;

    public Views(EngineState st) { this.st = st; }

    public BybitPositionView bybit(Account a, BybitMarket m, BybitPosition p) {
        BybitRules rules = BybitRules.of(m);
        BigDecimal mark = st.mark(m.symbol());
        boolean open = p.isOpen();
        BigDecimal upl = open && mark != null ? rules.unrealisedPnl(p.side, p.size, p.avgPrice, mark) : BigDecimal.ZERO;
        BigDecimal value = open ? rules.displayValue(p.size, p.avgPrice) : BigDecimal.ZERO;
        int riskId = open ? p.riskId : m.riskTiers().get(0).id();
        BigDecimal riskLimit = open ? p.riskLimitValue : m.riskTiers().get(0).riskLimitValue();
        return new BybitPositionView(m.category().wire(), m.symbol(), p.positionIdx, riskId, riskLimit,
                p.side > 0 ? "Buy" : p.side < 0 ? "Sell" : "", p.size, p.avgPrice, value,
                open ? p.liqPrice : null, open ? p.bustPrice : null, mark, p.leverage, p.autoAddMargin,
                p.status.name(), p.isolated, p.positionIM, p.positionMM, upl, p.curRealisedPnl, p.cumRealisedPnl,
                p.createdTime, p.updatedTime, m.priceScale(), m.inverse(), st.takerFee(a, m));
    }

    public BybitPositionView emptyBybit(Account a, BybitMarket m, int idx) {
        var s = BybitOps.peekSettings(a, m);
        BigDecimal lev = idx == 2 ? s.sellLeverage : s.buyLeverage;
        return new BybitPositionView(m.category().wire(), m.symbol(), idx, m.riskTiers().get(0).id(),
                m.riskTiers().get(0).riskLimitValue(), "", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                st.mark(m.symbol()), lev, false, PositionStatus.Normal.name(), BybitOps.effectiveIsolated(a, s),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0,
                m.priceScale(), m.inverse(), st.takerFee(a, m));
    }

    public HlPositionView hl(HyperliquidMarket m, HlPosition p) {
        BigDecimal mark = st.markOrEntry(m.symbol(), p.entryPx);
        BigDecimal value = HlIsolatedRules.notional(p, mark);
        BigDecimal upnl = HlIsolatedRules.unrealisedPnl(p, mark);
        BigDecimal marginUsed = p.cross
                ? value.divide(BigDecimal.valueOf(p.leverage), 20, RoundingMode.HALF_UP)
                : HlIsolatedRules.equity(p, mark);
        BigDecimal openIm = p.szi.abs().multiply(p.entryPx).divide(BigDecimal.valueOf(p.leverage), 20, RoundingMode.HALF_UP);
        BigDecimal roe = openIm.signum() == 0 ? BigDecimal.ZERO : upnl.divide(openIm, 20, RoundingMode.HALF_UP);
        return new HlPositionView(m.symbol(), p.szi, p.cross, p.leverage, p.cross ? null : p.rawUsd(), p.entryPx, value, upnl,
                roe, p.cross ? HlCrossRules.liquidationPrice(st, st.account(p.uid), p) : p.liquidationPx, marginUsed, m.maxLeverage(), mark, p.updatedTime);
    }
}
