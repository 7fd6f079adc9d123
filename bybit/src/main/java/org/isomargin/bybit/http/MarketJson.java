package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.RiskTier;

/**
 * Public market data (bybit-v5.md §4.6–4.8). The mark is the only price the engine has, so last, index, bid and
 * ask all show it; volumes, open interest and funding are zero.
 */
final class MarketJson {
    /** maxPrice = this many ticks (Bybit's BTCUSDT filter is 1999999.80 at tick 0.10). */
    private static final BigDecimal MAX_PRICE_TICKS = new BigDecimal("19999998");
    /** Leverage accepts two decimals (engine rule), Bybit's 0.01 step. */
    private static final String LEVERAGE_STEP = "0.01";
    /** Bybit's usual funding interval, minutes. */
    private static final int FUNDING_INTERVAL_MIN = 480;

    private MarketJson() {}

    static void instrument(JsonGenerator g, BybitMarket m) throws IOException {
        int ps = m.priceScale();
        int qs = m.qtyScale();
        g.writeStartObject();
        g.writeStringField("symbol", m.symbol());
        g.writeStringField("contractType", m.inverse() ? "InversePerpetual" : "LinearPerpetual");
        g.writeStringField("status", "Trading");
        g.writeStringField("baseCoin", m.baseCoin());
        g.writeStringField("quoteCoin", m.quoteCoin());
        g.writeStringField("launchTime", "0");
        g.writeStringField("deliveryTime", "0");
        g.writeStringField("deliveryFeeRate", "");
        g.writeStringField("priceScale", Integer.toString(ps));
        g.writeObjectFieldStart("leverageFilter");
        g.writeStringField("minLeverage", "1");
        g.writeStringField("maxLeverage", Wire.price(m.maxLeverage(), 2));
        g.writeStringField("leverageStep", LEVERAGE_STEP);
        g.writeEndObject();
        g.writeObjectFieldStart("priceFilter");
        g.writeStringField("minPrice", Wire.price(m.tickSize(), ps));
        g.writeStringField("maxPrice", Wire.price(m.tickSize().multiply(MAX_PRICE_TICKS), ps));
        g.writeStringField("tickSize", Wire.price(m.tickSize(), ps));
        g.writeEndObject();
        g.writeObjectFieldStart("lotSizeFilter");
        g.writeStringField("maxOrderQty", Wire.qty(m.maxOrderQty(), qs));
        g.writeStringField("minOrderQty", Wire.qty(m.minOrderQty(), qs));
        g.writeStringField("qtyStep", Wire.qty(m.qtyStep(), qs));
        g.writeStringField("postOnlyMaxOrderQty", Wire.qty(m.maxOrderQty(), qs));
        g.writeStringField("maxMktOrderQty", Wire.qty(m.maxOrderQty(), qs));
        g.writeStringField("minNotionalValue", "0");
        g.writeEndObject();
        g.writeBooleanField("unifiedMarginTrade", true);
        g.writeNumberField("fundingInterval", FUNDING_INTERVAL_MIN);
        g.writeStringField("settleCoin", m.settleCoin());
        g.writeStringField("copyTrading", "none");
        g.writeStringField("upperFundingRate", "");
        g.writeStringField("lowerFundingRate", "");
        g.writeBooleanField("isPreListing", false);
        g.writeStringField("displayName", "");
        g.writeEndObject();
    }

    static void ticker(JsonGenerator g, MarketQuote q) throws IOException {
        BybitMarket m = q.market();
        String px = Wire.price(q.mark(), m.priceScale());
        g.writeStartObject();
        g.writeStringField("symbol", m.symbol());
        for (String f : List.of("lastPrice", "indexPrice", "markPrice", "prevPrice24h")) g.writeStringField(f, px);
        g.writeStringField("price24hPcnt", "0");
        for (String f : List.of("highPrice24h", "lowPrice24h", "prevPrice1h")) g.writeStringField(f, px);
        for (String f : List.of("openInterest", "openInterestValue", "turnover24h", "volume24h", "fundingRate"))
            g.writeStringField(f, "0");
        g.writeStringField("nextFundingTime", "0");
        g.writeStringField("predictedDeliveryPrice", "");
        g.writeStringField("basisRate", "");
        g.writeStringField("deliveryFeeRate", "");
        g.writeStringField("deliveryTime", "0");
        g.writeStringField("ask1Size", "0");
        g.writeStringField("bid1Price", px);
        g.writeStringField("ask1Price", px);
        g.writeStringField("bid1Size", "0");
        g.writeStringField("basis", "");
        g.writeStringField("preOpenPrice", "");
        g.writeStringField("preQty", "");
        g.writeStringField("curPreListingPhase", "");
        g.writeStringField("fundingIntervalHour", Integer.toString(FUNDING_INTERVAL_MIN / 60));
        g.writeStringField("fundingCap", "");
        g.writeStringField("basisRateYear", "");
        g.writeEndObject();
    }

    /** Rates are fractions (0.005 = 0.5 %), as legacy V3 and live captures show (bybit-v5.md §4.7). */
    static void riskTier(JsonGenerator g, BybitMarket m, RiskTier t, boolean lowest) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", t.id());
        g.writeStringField("symbol", m.symbol());
        g.writeStringField("riskLimitValue", Wire.plain(t.riskLimitValue()));
        g.writeStringField("maintenanceMargin", Wire.plain(t.maintenanceMargin()));
        g.writeStringField("initialMargin", Wire.plain(t.initialMargin()));
        g.writeNumberField("isLowestRisk", lowest ? 1 : 0);
        g.writeStringField("maxLeverage", Wire.price(t.maxLeverage(), 2));
        g.writeStringField("mmDeduction", lowest ? "" : Wire.plain(t.mmDeduction()));
        g.writeEndObject();
    }
}
