package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.AddMarginValidationTest.assertRefused;
import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.isomargin.engine.command.ImportBybitPosition;
import org.isomargin.engine.command.SetFeeRate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /v5/account/*, /v5/user/query-api and /v5/asset/coin/query-info. */
class AccountEndpointsTest {
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.btcusdt();
        v.ethusd();
        v.deposit("USDT", "2000");
        v.deposit("ETH", "0.5");
        v.mark("BTCUSDT", "60500");
    }

    @AfterEach
    void tearDown() { v.close(); }

    private void openLong() {
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, d("-1.5")));
    }

    private static JsonNode coin(Reply r, String coin) {
        for (JsonNode c : r.result().get("list").get(0).get("coin")) if (c.get("coin").asText().equals(coin)) return c;
        throw new AssertionError("no " + coin + " in " + r.body());
    }

    @Test
    void walletBalancePerCoinAddsUpIndependently() {
        openLong();
        Reply r = v.client.get("/v5/account/wallet-balance", "accountType=UNIFIED");
        Venue.assertOk(r);
        JsonNode account = r.result().get("list").get(0);
        assertEquals("UNIFIED", account.get("accountType").asText());
        assertEquals("", account.get("totalEquity").asText());
        JsonNode usdt = coin(r, "USDT");
        BigDecimal im = d("6000").divide(d("10")).add(d("6000").multiply(d("0.9")).multiply(d("0.00055")));
        BigDecimal upl = d("0.1").multiply(d("60500").subtract(d("60000")));
        assertEquals("2000", usdt.get("walletBalance").asText());
        assertEquals(im.stripTrailingZeros().toPlainString(), usdt.get("totalPositionIM").asText());
        assertEquals(d("2000").subtract(im).stripTrailingZeros().toPlainString(), usdt.get("availableToWithdraw").asText());
        assertEquals(upl.stripTrailingZeros().toPlainString(), usdt.get("unrealisedPnl").asText());
        assertEquals(d("2000").add(upl).stripTrailingZeros().toPlainString(), usdt.get("equity").asText());
        assertEquals("32.97", usdt.get("totalPositionMM").asText());
        assertEquals("-1.5", usdt.get("cumRealisedPnl").asText());
        for (String zero : new String[]{"locked", "bonus", "totalOrderIM", "borrowAmount", "accruedInterest"})
            assertEquals("0", usdt.get(zero).asText(), zero);
        JsonNode eth = coin(r, "ETH");
        assertEquals("0.5", eth.get("walletBalance").asText());
        assertEquals("0.5", eth.get("availableToWithdraw").asText());
        assertEquals("0", eth.get("totalPositionIM").asText());
    }

    @Test
    void walletBalanceFiltersCoinsAndChecksParameters() {
        Reply r = v.client.get("/v5/account/wallet-balance", "accountType=UNIFIED&coin=ETH");
        assertEquals(1, r.result().get("list").get(0).get("coin").size());
        assertEquals("ETH", coin(r, "ETH").get("coin").asText());
        assertRefused(v.client.get("/v5/account/wallet-balance", "coin=USDT"), 10001, "accountType is required");
        assertRefused(v.client.get("/v5/account/wallet-balance", "accountType=CONTRACT"), 10001, "accountType only UNIFIED");
        assertRefused(v.client.get("/v5/account/wallet-balance", "accountType=UNIFIED&coin=usdt"), 10001, "coin must be uppercase");
    }

    @Test
    void setMarginModeAndAccountInfo() {
        Reply info = v.client.get("/v5/account/info", null);
        Venue.assertOk(info);
        assertEquals(6, info.result().get("unifiedMarginStatus").asInt());
        assertEquals("ISOLATED_MARGIN", info.text("marginMode"));
        // ccxt adds unrelated fields such as leverage; they are ignored.
        Reply r = v.client.post("/v5/account/set-margin-mode", "{\"setMarginMode\":\"REGULAR_MARGIN\",\"leverage\":10}");
        Venue.assertOk(r);
        assertEquals("{\"reasons\":[]}", r.result().toString());
        assertEquals("REGULAR_MARGIN", v.client.get("/v5/account/info", null).text("marginMode"));
        Venue.assertOk(v.client.post("/v5/account/set-margin-mode", "{\"setMarginMode\":\"ISOLATED_MARGIN\"}"));
        openLong();
        assertRefused(v.client.post("/v5/account/set-margin-mode", "{\"setMarginMode\":\"PORTFOLIO_MARGIN\"}"), 3400045, "Set margin mode failed");
        assertRefused(v.client.post("/v5/account/set-margin-mode", "{\"setMarginMode\":\"isolated\"}"), 10001, "setMarginMode must be");
    }

    @Test
    void feeRatesIncludeAccountOverrides() {
        Reply r = v.client.get("/v5/account/fee-rate", "category=linear&symbol=BTCUSDT");
        Venue.assertOk(r);
        JsonNode line = r.result().get("list").get(0);
        assertEquals("BTCUSDT", line.get("symbol").asText());
        assertEquals("0.00055", line.get("takerFeeRate").asText());
        assertEquals("0.0002", line.get("makerFeeRate").asText());
        v.ok(ts -> new SetFeeRate(ts, v.uid, "BTCUSDT", d("0.0004"), d("-0.0001")));
        line = v.client.get("/v5/account/fee-rate", "category=linear&symbol=BTCUSDT").result().get("list").get(0);
        assertEquals("0.0004", line.get("takerFeeRate").asText());
        assertEquals("-0.0001", line.get("makerFeeRate").asText());
        JsonNode inverse = v.client.get("/v5/account/fee-rate", "category=inverse").result().get("list");
        assertEquals(1, inverse.size());
        assertEquals("0.0006", inverse.get(0).get("takerFeeRate").asText());
        assertEquals(0, v.client.get("/v5/account/fee-rate", "category=spot").result().get("list").size());
        assertRefused(v.client.get("/v5/account/fee-rate", "category=linear&symbol=ETHUSD"), 10001, "symbol invalid");
        assertRefused(v.client.get("/v5/account/fee-rate", "category=futures"), 10001, "category must be one of");
    }

    @Test
    void queryApiDescribesTheKeyAsUnifiedAndCoinInfoIsEmpty() {
        Reply r = v.client.get("/v5/user/query-api", null);
        Venue.assertOk(r);
        assertEquals(1, r.result().get("uta").asInt());
        assertEquals(0, r.result().get("readOnly").asInt());
        assertEquals(Venue.KEY, r.text("apiKey"));
        assertEquals(v.uid, r.result().get("userID").asLong());
        Reply coins = v.client.get("/v5/asset/coin/query-info", null);
        Venue.assertOk(coins);
        assertEquals("{\"rows\":[]}", coins.result().toString());
    }
}
