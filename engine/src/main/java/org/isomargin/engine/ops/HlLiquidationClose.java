package org.isomargin.engine.ops;

import java.math.BigDecimal;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.LedgerEntry;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.state.EngineState;

/**
 * What every Hyperliquid liquidation close books, isolated or cross: the trade's PnL and fee in the USDC ledger,
 * the liquidation execution and ledger entry, the user's share in the position's realised PnL, and the position
 * flat and out of the index. The user's wallet and the insurance fund are settled by the caller, once per close
 * (isolated) or once per account (cross).
 */
final class HlLiquidationClose {
    private HlLiquidationClose() {}

    static void book(EngineState st, Account a, HlPosition p, BigDecimal mark, BigDecimal gross, BigDecimal fee, BigDecimal rate,
                     BigDecimal userShare, long ts) {
        var ledger = st.ledger("USDC");
        ledger.externalPnl = ledger.externalPnl.add(gross);
        ledger.fees = ledger.fees.add(fee);
        a.executions.add(new Execution(st.hyperliquidId(st.nextExecId++), 0, null, p.symbol, -p.szi.signum(), p.szi.abs(), mark, fee,
                rate, p.szi.abs(), gross, p.szi, 0, Execution.Kind.LIQUIDATION, ts));
        a.ledger.add(new LedgerEntry(ts, LedgerEntry.Type.LIQUIDATION, "USDC", p.symbol, userShare));
        p.cumRealisedPnl = p.cumRealisedPnl.add(userShare);
        p.flatten();
        p.updatedTime = ts;
        st.index.remove(p);
    }
}
