package org.isomargin.server.admin;

import static org.isomargin.server.admin.Json.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.market.*;

/** Market definitions in the operator API's JSON form (operator-api.md "Markets"), both ways. */
final class MarketJson {
    private MarketJson() {}

    static Market parse(String symbol, JsonNode b) {
        String venue = text(b, "venue", true);
        if (!symbol.matches("[A-Z0-9]{2,20}")) throw new BadRequest("symbol must be upper-case letters and digits");
        if ("bybit".equals(venue)) {
            BybitCategory cat = BybitCategory.fromWire(text(b, "category", true));
            if (cat == null) throw new BadRequest("category must be linear or inverse");
            String base = text(b, "baseCoin", true), quote = text(b, "quoteCoin", true), settle = text(b, "settleCoin", true);
            if (cat == BybitCategory.INVERSE && !settle.equals(base)) throw new BadRequest("an inverse market settles in its baseCoin");
            BigDecimal tick = positive(b, "tickSize"), step = positive(b, "qtyStep");
            BigDecimal min = positive(b, "minOrderQty"), max = positive(b, "maxOrderQty");
            if (min.compareTo(max) > 0) throw new BadRequest("minOrderQty is above maxOrderQty");
            BigDecimal taker = rate(b, "takerFee"), maker = decimal(b, "makerFee", true);
            JsonNode tiers = b.get("riskTiers");
            if (tiers == null || !tiers.isArray() || tiers.isEmpty()) throw new BadRequest("riskTiers must be a non-empty array");
            List<RiskTier> list = new ArrayList<>();
            for (JsonNode t : tiers) {
                BigDecimal lev = positive(t, "maxLeverage");
                if (lev.compareTo(BigDecimal.ONE) < 0) throw new BadRequest("maxLeverage must be at least 1");
                list.add(new RiskTier((int) integer(t, "id", null), positive(t, "riskLimitValue"), rate(t, "maintenanceMargin"),
                        rate(t, "initialMargin"), lev, nonNegative(t, "mmDeduction")));
            }
            return new BybitMarket(symbol, cat, base, quote, settle, tick, step, min, max, taker, maker, list);
        }
        if ("hyperliquid".equals(venue)) {
            long asset = integer(b, "assetIndex", null);
            long sz = integer(b, "szDecimals", null);
            if (asset < 0 || asset > 9999) throw new BadRequest("assetIndex must be between 0 and 9999");
            if (sz < 0 || sz > 6) throw new BadRequest("szDecimals must be between 0 and 6");
            HlMarginMode mode = HlMarginMode.fromWire(b.hasNonNull("marginMode") ? text(b, "marginMode", true) : "normal");
            if (mode == null) throw new BadRequest("marginMode must be normal, noCross or strictIsolated");
            JsonNode tiers = b.get("marginTiers");
            if (tiers == null || !tiers.isArray() || tiers.isEmpty()) throw new BadRequest("marginTiers must be a non-empty array");
            List<MarginTier> list = new ArrayList<>();
            for (JsonNode t : tiers) {
                long lev = integer(t, "maxLeverage", null);
                if (lev < 1 || lev > 1000) throw new BadRequest("maxLeverage must be between 1 and 1000");
                list.add(new MarginTier(nonNegative(t, "lowerBound"), (int) lev));
            }
            if (list.stream().noneMatch(t -> t.lowerBound().signum() == 0)) throw new BadRequest("one margin tier must start at lowerBound 0");
            return new HyperliquidMarket(symbol, (int) asset, (int) sz, mode, rate(b, "takerFee"), decimal(b, "makerFee", true), list);
        }
        throw new BadRequest("venue must be bybit or hyperliquid");
    }

    private static BigDecimal positive(JsonNode b, String f) {
        BigDecimal d = decimal(b, f, true);
        if (d.signum() <= 0) throw new BadRequest(f + " must be positive");
        return d;
    }

    private static BigDecimal nonNegative(JsonNode b, String f) {
        BigDecimal d = decimal(b, f, false);
        if (d == null) return BigDecimal.ZERO;
        if (d.signum() < 0) throw new BadRequest(f + " must not be negative");
        return d;
    }

    /** A fraction in [0, 1). */
    private static BigDecimal rate(JsonNode b, String f) {
        BigDecimal d = decimal(b, f, true);
        if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) >= 0) throw new BadRequest(f + " must be a fraction between 0 and 1");
        return d;
    }

    static ObjectNode render(Market m) {
        ObjectNode o = object();
        o.put("symbol", m.symbol());
        if (m instanceof BybitMarket b) {
            o.put("venue", "bybit").put("category", b.category().wire()).put("baseCoin", b.baseCoin()).put("quoteCoin", b.quoteCoin())
                    .put("settleCoin", b.settleCoin()).put("tickSize", b.tickSize().toPlainString()).put("qtyStep", b.qtyStep().toPlainString())
                    .put("minOrderQty", b.minOrderQty().toPlainString()).put("maxOrderQty", b.maxOrderQty().toPlainString())
                    .put("takerFee", b.takerFee().toPlainString()).put("makerFee", b.makerFee().toPlainString());
            ArrayNode tiers = o.putArray("riskTiers");
            for (RiskTier t : b.riskTiers())
                tiers.addObject().put("id", t.id()).put("riskLimitValue", plain(t.riskLimitValue()))
                        .put("maintenanceMargin", plain(t.maintenanceMargin())).put("initialMargin", plain(t.initialMargin()))
                        .put("maxLeverage", plain(t.maxLeverage())).put("mmDeduction", plain(t.mmDeduction()));
        } else {
            HyperliquidMarket h = (HyperliquidMarket) m;
            o.put("venue", "hyperliquid").put("assetIndex", h.assetIndex()).put("szDecimals", h.szDecimals())
                    .put("marginMode", h.marginMode().wire()).put("takerFee", h.takerFee().toPlainString())
                    .put("makerFee", h.makerFee().toPlainString());
            ArrayNode tiers = o.putArray("marginTiers");
            for (MarginTier t : h.marginTiers()) tiers.addObject().put("lowerBound", plain(t.lowerBound())).put("maxLeverage", t.maxLeverage());
        }
        return o;
    }
}
