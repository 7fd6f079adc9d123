package org.isomargin.bybit.http;

import static org.isomargin.engine.result.ResultCode.CATEGORY_MISMATCH;
import static org.isomargin.engine.result.ResultCode.UNKNOWN_ACCOUNT;
import static org.isomargin.engine.result.ResultCode.UNKNOWN_SYMBOL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.ops.BybitOps;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.state.EngineState;
import org.isomargin.engine.view.BybitPositionView;

/** Position reads, run on the engine thread; they return immutable views (bybit-v5.md §4.1). */
final class PositionQueries {
    private PositionQueries() {}

    /**
     * With a symbol: every slot of the symbol's position mode, open or not (0, or 1 and 2 in hedge mode).
     * Without: the open positions of the category, optionally of one settle coin.
     */
    static Result list(Engine e, long uid, BybitCategory category, String symbol, String settleCoin) {
        EngineState st = e.state();
        Account a = st.account(uid);
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        List<BybitPositionView> rows = new ArrayList<>();
        if (symbol != null) {
            BybitMarket m = st.bybitMarket(symbol);
            if (m == null) return Result.fail(UNKNOWN_SYMBOL, symbol);
            if (m.category() != category) return Result.fail(CATEGORY_MISMATCH);
            if (BybitOps.hedgeMode(a, m)) {
                rows.add(e.bybit().view(a, m, 1));
                rows.add(e.bybit().view(a, m, 2));
            } else {
                rows.add(e.bybit().view(a, m, 0));
            }
            return Result.ok(List.copyOf(rows));
        }
        for (Map.Entry<String, BybitPosition[]> en : a.bybitPositions.entrySet()) {
            BybitMarket m = st.bybitMarket(en.getKey());
            if (m == null || m.category() != category) continue;
            if (settleCoin != null && !settleCoin.equals(m.settleCoin())) continue;
            for (BybitPosition p : en.getValue())
                if (p != null && p.isOpen()) rows.add(e.bybit().view(a, m, p.positionIdx));
        }
        return Result.ok(List.copyOf(rows));
    }
}
