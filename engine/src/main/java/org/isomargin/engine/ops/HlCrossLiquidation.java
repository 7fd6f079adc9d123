package org.isomargin.engine.ops;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.num.Rounding;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.rules.hyperliquid.HlCrossRules;
import org.isomargin.engine.rules.hyperliquid.HlIsolatedRules;
import org.isomargin.engine.state.EngineState;

/**
 * Hyperliquid cross-margin liquidation, run after each mark update naming a Hyperliquid coin. It visits only the
 * accounts the liquidation index lists as holding a cross position in a marked coin; money postings mirror the
 * isolated case.
 */
final class HlCrossLiquidation {
    private final EngineState st;

    HlCrossLiquidation(EngineState st) { this.st = st; }

    /**
     * Cross margin (issue 8 item 7): after a mark update, every account whose cross account value is below the sum
     * of its cross maintenance margins has all its cross positions closed at the mark with the taker fee. The user
     * loses at most its cross balance (isolated margin is untouched); the insurance fund takes any shortfall.
     */
    void run(List<String> markedCoins, long ts, List<MarkEvent> events) {
        for (long uid : st.index.crossAccountsIn(markedCoins)) {
            Account a = st.account(uid);
            if (a != null && HlCrossRules.belowMaintenance(st, a)) liquidateCross(a, ts, events);
        }
    }

    private void liquidateCross(Account a, long ts, List<MarkEvent> events) {
        List<HlPosition> cross = new ArrayList<>();
        for (HlPosition p : a.hlPositions.values()) if (p.isOpen() && p.cross) cross.add(p);
        // The cross balance excludes uPnL, so it may be negative while other cross positions are in profit.
        BigDecimal balance = HlCrossRules.crossBalance(a);
        BigDecimal[] gross = new BigDecimal[cross.size()], fee = new BigDecimal[cross.size()], marks = new BigDecimal[cross.size()];
        BigDecimal[] rates = new BigDecimal[cross.size()];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < cross.size(); i++) {
            HlPosition p = cross.get(i);
            HyperliquidMarket m = (HyperliquidMarket) st.markets.get(p.symbol);
            marks[i] = st.markOrEntry(p.symbol, p.entryPx);
            rates[i] = st.takerFee(a, m);
            gross[i] = Rounding.settlePnl(HlIsolatedRules.unrealisedPnl(p, marks[i]), Rounding.USDC_SCALE);
            fee[i] = Rounding.feeUp(p.szi.abs().multiply(marks[i]).multiply(rates[i]), Rounding.USDC_SCALE);
            total = total.add(gross[i]).subtract(fee[i]);
        }
        // The account ends with a cross balance of max(0, value after fees): it never owes more than it has; the
        // insurance fund takes (or, when the balance was negative, pays) the rest.
        BigDecimal userTotal = total.max(balance.negate());
        var ledger = st.ledger("USDC");
        ledger.insurance = ledger.insurance.add(total.subtract(userTotal));
        a.credit("USDC", userTotal);
        BigDecimal posted = BigDecimal.ZERO;
        for (int i = 0; i < cross.size(); i++) {
            HlPosition p = cross.get(i);
            BigDecimal share = i + 1 == cross.size() ? userTotal.subtract(posted) : gross[i].subtract(fee[i]);
            posted = posted.add(share);
            HlLiquidationClose.book(st, a, p, marks[i], gross[i], fee[i], rates[i], share, ts);
            events.add(new MarkEvent(MarkEvent.Kind.LIQUIDATION, p.uid, p.symbol, 0, share.negate().max(BigDecimal.ZERO), marks[i]));
        }
    }
}
