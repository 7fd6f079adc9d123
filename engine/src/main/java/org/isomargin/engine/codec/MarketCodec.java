package org.isomargin.engine.codec;

import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.market.MarginTier;
import org.isomargin.engine.market.RiskTier;

/** Market definitions in the binary form both codecs embed. */
final class MarketCodec {
    private MarketCodec() {}

    static void write(WireOut o, Market m) {
        if (m instanceof BybitMarket b) {
            o.i8(1).str(b.symbol()).i8(PersistedEnums.CATEGORY.code(b.category())).str(b.baseCoin()).str(b.quoteCoin()).str(b.settleCoin())
                    .dec(b.tickSize()).dec(b.qtyStep()).dec(b.minOrderQty()).dec(b.maxOrderQty()).dec(b.takerFee())
                    .dec(b.makerFee()).i32(b.riskTiers().size());
            for (RiskTier t : b.riskTiers())
                o.i32(t.id()).dec(t.riskLimitValue()).dec(t.maintenanceMargin()).dec(t.initialMargin()).dec(t.maxLeverage())
                        .dec(t.mmDeduction());
        } else {
            HyperliquidMarket h = (HyperliquidMarket) m;
            o.i8(2).str(h.symbol()).i32(h.assetIndex()).i32(h.szDecimals()).i8(PersistedEnums.HL_MARGIN_MODE.code(h.marginMode())).dec(h.takerFee())
                    .dec(h.makerFee()).i32(h.marginTiers().size());
            for (MarginTier t : h.marginTiers()) o.dec(t.lowerBound()).i32(t.maxLeverage());
        }
    }

    static Market read(WireIn in) {
        int kind = in.i8();
        if (kind == 1) {
            String symbol = in.str();
            BybitCategory cat = PersistedEnums.CATEGORY.decode(in.i8());
            String base = in.str(), quote = in.str(), settle = in.str();
            var tick = in.dec(); var step = in.dec(); var min = in.dec(); var max = in.dec(); var taker = in.dec(); var maker = in.dec();
            int n = in.i32();
            List<RiskTier> tiers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) tiers.add(new RiskTier(in.i32(), in.dec(), in.dec(), in.dec(), in.dec(), in.dec()));
            return new BybitMarket(symbol, cat, base, quote, settle, tick, step, min, max, taker, maker, tiers);
        }
        if (kind != 2) throw new IllegalArgumentException("unknown market kind " + kind);
        String symbol = in.str();
        int asset = in.i32(), sz = in.i32();
        HlMarginMode mode = PersistedEnums.HL_MARGIN_MODE.decode(in.i8());
        var taker = in.dec(); var maker = in.dec();
        int n = in.i32();
        List<MarginTier> tiers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) tiers.add(new MarginTier(in.dec(), in.i32()));
        return new HyperliquidMarket(symbol, asset, sz, mode, taker, maker, tiers);
    }
}
