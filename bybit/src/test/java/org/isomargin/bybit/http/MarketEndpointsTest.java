package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.AddMarginValidationTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Public /v5/market/*: unsigned, no rate-limit headers, and every request ccxt's loadMarkets makes succeeds. */
class MarketEndpointsTest {
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.btcusdt();
        v.ethusd();
        v.mark("ETHUSD", "1812.90");
    }

    @AfterEach
    void tearDown() { v.close(); }

    private Reply get(String path, String query) { return v.client.publicGet(path, query); }

    @Test
    void serverTime() {
        v.clock.set(Venue.T0 + 1234);
        Reply r = get("/v5/market/time", null);
        Venue.assertOk(r);
        assertEquals(Long.toString((Venue.T0 + 1234) / 1000), r.text("timeSecond"));
        assertEquals((Venue.T0 + 1234) + "000000", r.text("timeNano"));
        assertEquals(Venue.T0 + 1234, r.json().get("time").asLong());
        assertNull(r.header("X-Bapi-Limit"));
    }

    @Test
    void tickersShowTheMarkEverywhere() {
        Reply r = get("/v5/market/tickers", "category=inverse&symbol=ETHUSD");
        Venue.assertOk(r);
        JsonNode t = r.result().get("list").get(0);
        for (String f : new String[]{"markPrice", "lastPrice", "indexPrice", "bid1Price", "ask1Price"})
            assertEquals("1812.90", t.get(f).asText(), f);
        assertEquals("0", t.get("volume24h").asText());
        // A market without a mark yet shows "" rather than null.
        assertEquals("", get("/v5/market/tickers", "category=linear").result().get("list").get(0).get("markPrice").asText());
        assertRefused(get("/v5/market/tickers", "category=linear&symbol=ETHUSD"), 10001, "symbol invalid");
        assertRefused(get("/v5/market/tickers", null), 10001, "category is required");
    }

    @Test
    void instrumentsCarryTheFiltersCcxtReads() {
        Reply r = get("/v5/market/instruments-info", "category=linear&limit=1000");
        Venue.assertOk(r);
        assertEquals("linear", r.text("category"));
        assertEquals("", r.text("nextPageCursor"));
        JsonNode i = r.result().get("list").get(0);
        assertEquals("BTCUSDT", i.get("symbol").asText());
        assertEquals("LinearPerpetual", i.get("contractType").asText());
        assertEquals("Trading", i.get("status").asText());
        assertEquals("BTC", i.get("baseCoin").asText());
        assertEquals("USDT", i.get("settleCoin").asText());
        assertEquals("1", i.get("priceScale").asText());
        assertEquals("100.00", i.get("leverageFilter").get("maxLeverage").asText());
        assertEquals("0.1", i.get("priceFilter").get("tickSize").asText());
        assertEquals("0.1", i.get("priceFilter").get("minPrice").asText());
        assertEquals("1999999.8", i.get("priceFilter").get("maxPrice").asText());
        assertEquals("0.001", i.get("lotSizeFilter").get("qtyStep").asText());
        assertEquals("0.001", i.get("lotSizeFilter").get("minOrderQty").asText());
        assertEquals("1000.000", i.get("lotSizeFilter").get("maxOrderQty").asText());
        JsonNode inv = get("/v5/market/instruments-info", "category=inverse&symbol=ETHUSD").result().get("list").get(0);
        assertEquals("InversePerpetual", inv.get("contractType").asText());
        assertEquals("2", inv.get("priceScale").asText());
        assertEquals("0.05", inv.get("priceFilter").get("tickSize").asText());
        assertEquals("1", inv.get("lotSizeFilter").get("minOrderQty").asText());
        assertEquals("ETH", inv.get("settleCoin").asText());
    }

    /** The eleven public requests of ccxt's loadMarkets (CLIENTS.md §3.2) all answer retCode 0. */
    @ParameterizedTest
    @ValueSource(strings = {"category=spot", "category=linear&limit=1000", "category=linear&limit=1000&status=PreLaunch",
            "category=inverse&limit=1000", "category=inverse&limit=1000&status=PreLaunch", "category=option&baseCoin=BTC",
            "category=option&baseCoin=ETH", "category=option&baseCoin=SOL", "category=option&baseCoin=XRP",
            "category=option&baseCoin=MNT", "category=option&baseCoin=DOGE"})
    void ccxtLoadMarketsRequestsSucceed(String query) {
        Reply r = get("/v5/market/instruments-info", query);
        Venue.assertOk(r);
        int expected = query.equals("category=linear&limit=1000") || query.equals("category=inverse&limit=1000") ? 1 : 0;
        assertEquals(expected, r.result().get("list").size(), r.body());
    }

    @Test
    void riskLimitTiersAsFractions() {
        Reply r = get("/v5/market/risk-limit", "category=linear&symbol=BTCUSDT");
        Venue.assertOk(r);
        JsonNode tiers = r.result().get("list");
        assertEquals(2, tiers.size());
        JsonNode first = tiers.get(0);
        assertEquals(1, first.get("id").asInt());
        assertEquals("2000000", first.get("riskLimitValue").asText());
        assertEquals("0.005", first.get("maintenanceMargin").asText());
        assertEquals("0.01", first.get("initialMargin").asText());
        assertEquals(1, first.get("isLowestRisk").asInt());
        assertEquals("100.00", first.get("maxLeverage").asText());
        assertEquals("", first.get("mmDeduction").asText());
        JsonNode second = tiers.get(1);
        assertEquals(0, second.get("isLowestRisk").asInt());
        assertEquals("10000", second.get("mmDeduction").asText());
        assertEquals("50.00", second.get("maxLeverage").asText());
        assertEquals(11, get("/v5/market/risk-limit", "category=inverse").result().get("list").get(0).get("id").asInt());
    }
}
