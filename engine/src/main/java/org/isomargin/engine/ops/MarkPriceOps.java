package org.isomargin.engine.ops;

import static org.isomargin.engine.result.ResultCode.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.command.MarkPrices;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.position.Position;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.state.EngineState;

/**
 * Mark-price updates. Only positions the liquidation index says the new mark crosses are visited, so an update
 * costs O(log n + k) for k crossed positions out of n open ones.
 */
public final class MarkPriceOps {
    private final EngineState st;
    private final BybitOps bybit;
    private final HyperliquidOps hyperliquid;

    public MarkPriceOps(EngineState st, BybitOps bybit, HyperliquidOps hyperliquid) {
        this.st = st;
        this.bybit = bybit;
        this.hyperliquid = hyperliquid;
    }

    public Result apply(MarkPrices c) {
        for (MarkPrices.Mark mk : c.prices()) {
            if (!st.markets.containsKey(mk.symbol())) return Result.fail(UNKNOWN_SYMBOL, mk.symbol());
            if (mk.price() == null || mk.price().signum() <= 0) return Result.fail(PRICE_INVALID);
            if (st.markets.get(mk.symbol()) instanceof BybitMarket b && mk.price().remainder(b.tickSize()).signum() != 0)
                return Result.fail(PRICE_INVALID);
        }
        List<MarkEvent> events = new ArrayList<>();
        for (MarkPrices.Mark mk : c.prices()) {
            Market m = st.markets.get(mk.symbol());
            st.marks.put(m.symbol(), mk.price());
            for (Position p : st.index.crossedBy(m.symbol(), mk.price())) {
                if (m instanceof BybitMarket b) bybit.onMarkCrossed(b, (BybitPosition) p, mk.price(), c.timestamp(), events);
                else hyperliquid.onMarkCrossed((HyperliquidMarket) m, (HlPosition) p, mk.price(), c.timestamp(), events);
            }
        }
        // Hyperliquid cross accounts are margined as a whole: a mark of any coin one holds can tip it under (issue 8
        // item 7). Only those accounts are checked, not every cross account; a Bybit-only update allocates nothing here.
        List<String> hlCoins = null;
        for (MarkPrices.Mark mk : c.prices()) {
            if (!(st.markets.get(mk.symbol()) instanceof HyperliquidMarket)) continue;
            if (hlCoins == null) hlCoins = new ArrayList<>(c.prices().size());
            hlCoins.add(mk.symbol());
        }
        if (hlCoins != null) hyperliquid.liquidateCrossAccounts(hlCoins, c.timestamp(), events);
        return Result.ok(List.copyOf(events));
    }
}
