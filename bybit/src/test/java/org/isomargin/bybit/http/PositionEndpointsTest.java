package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.AddMarginValidationTest.assertRefused;
import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.command.ImportBybitPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /v5/position/*: numbers checked against the linear formulas of bybit-v5.md §5.3 (vectors of §6.5). */
class PositionEndpointsTest {
    private static final BigDecimal F = d("0.00055");
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.btcusdt();
        v.linear("ETHUSDT", "0.01", "0.01", "0.00055", "0.0002", "0.005", "50");
        v.deposit("USDT", "2000");
        v.mark("BTCUSDT", "60500");
        v.mark("ETHUSDT", "3000");
    }

    @AfterEach
    void tearDown() { v.close(); }

    private void openLong() {
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null));
    }

    private JsonNode onlyRow(Reply r) {
        Venue.assertOk(r);
        assertEquals(1, r.result().get("list").size(), r.body());
        return r.result().get("list").get(0);
    }

    private Reply list(String query) { return v.client.get("/v5/position/list", query); }

    @Test
    void emptySlotUsesEmptyStringsAndSeqMinusOne() {
        Reply r = list("category=linear&symbol=BTCUSDT");
        JsonNode row = onlyRow(r);
        assertEquals("linear", r.text("category"));
        assertEquals("", r.text("nextPageCursor"));
        assertEquals(0, row.get("positionIdx").asInt());
        assertEquals("", row.get("side").asText());
        assertEquals("0", row.get("size").asText());
        for (String f : new String[]{"avgPrice", "positionValue", "liqPrice", "bustPrice", "positionIM", "positionMM",
                "unrealisedPnl", "createdTime", "updatedTime", "breakEvenPrice"})
            assertEquals("", row.get(f).asText(), f);
        assertEquals(-1, row.get("seq").asLong());
        assertEquals("10", row.get("leverage").asText());
        assertEquals("60500.0", row.get("markPrice").asText());
        assertEquals(1, row.get("riskId").asInt());
        assertEquals("2000000", row.get("riskLimitValue").asText());
        row.properties().forEach(e -> assertFalse(e.getValue().isNull(), e.getKey()));
    }

    @Test
    void openLongRowMatchesTheFormulas() {
        openLong();
        JsonNode row = onlyRow(list("category=linear&symbol=BTCUSDT"));
        BigDecimal q = d("0.1"), e = d("60000"), l = d("10");
        BigDecimal fee0 = q.multiply(e).multiply(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(l))).multiply(F);
        BigDecimal im = q.multiply(e).divide(l).add(fee0);
        BigDecimal mm = q.multiply(e).multiply(d("0.005")).add(fee0);
        BigDecimal bust = e.multiply(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(l)));
        BigDecimal liq = bust.add(e.multiply(d("0.005")));
        assertEquals("Buy", row.get("side").asText());
        assertEquals("0.1", row.get("size").asText());
        assertEquals("60000", row.get("avgPrice").asText());
        assertEquals("6000", row.get("positionValue").asText());
        assertEquals(im.setScale(8).toPlainString(), row.get("positionIM").asText());
        assertEquals("602.97000000", row.get("positionIM").asText());
        assertEquals(mm.setScale(8).toPlainString(), row.get("positionMM").asText());
        assertEquals("", row.get("bustPrice").asText()); // deprecated in the list (§4.1); the bust is still used for liq
        assertEquals(liq.setScale(1).toPlainString(), row.get("liqPrice").asText());
        assertEquals("50", row.get("unrealisedPnl").asText());
        assertEquals(0, row.get("tradeMode").asInt()); // deprecated, always 0 (§4.1)
        assertEquals(Long.toString(Venue.T0), row.get("createdTime").asText());
        assertEquals(Venue.T0, row.get("seq").asLong());
    }

    @Test
    void addThenReduceMovesBustAndLiqAsTheVectorTableSays() {
        openLong();
        Reply add = v.client.post("/v5/position/add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"100\",\"positionIdx\":0}");
        // M = IM0 + X/(1−f); bust = E − M/Q, rounded up to the tick for a long; liq adds E·MMR.
        BigDecimal m = d("600").add(d("100").divide(BigDecimal.ONE.subtract(F), 30, RoundingMode.HALF_UP));
        BigDecimal bust = d("60000").subtract(m.divide(d("0.1"))).setScale(1, RoundingMode.CEILING);
        assertEquals(bust.toPlainString(), add.text("bustPrice"));
        assertEquals("52999.5", add.text("bustPrice"));
        assertEquals("53299.5", add.text("liqPrice"));
        assertEquals("702.97000000", add.text("positionIM"));
        assertEquals("32.97000000", add.text("positionMM"));
        assertEquals("6000", add.text("positionValue"));
        assertEquals("50", add.text("unrealisedPnl"));
        assertEquals("0.00", add.text("takeProfit")); // Bybit's examples print "0.00" when unset
        Reply reduce = v.client.post("/v5/position/add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"-50\",\"positionIdx\":0}");
        assertEquals("652.97000000", reduce.text("positionIM"));
        assertEquals("53499.8", reduce.text("bustPrice"));
        assertEquals("53799.8", reduce.text("liqPrice"));
    }

    @Test
    void listWithoutSymbolNeedsSettleCoinForLinearAndPages() {
        assertRefused(list("category=linear"), 10001, "symbol or settleCoin is required");
        openLong();
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "ETHUSDT", 0, -1, d("1"), d("3000"), d("5"), BigDecimal.ZERO, null));
        Reply first = list("category=linear&settleCoin=USDT&limit=1");
        assertEquals("BTCUSDT", onlyRow(first).get("symbol").asText());
        assertEquals("1", first.text("nextPageCursor"));
        Reply second = list("category=linear&settleCoin=USDT&limit=1&cursor=1");
        JsonNode eth = onlyRow(second);
        assertEquals("ETHUSDT", eth.get("symbol").asText());
        assertEquals("Sell", eth.get("side").asText());
        assertEquals("", second.text("nextPageCursor"));
        assertEquals(2, list("category=linear&settleCoin=USDT").result().get("list").size());
        assertRefused(list("category=linear&settleCoin=USDT&limit=201"), 10001, "limit must be between 1 and 200");
        assertRefused(list("category=linear&settleCoin=USDT&cursor=abc"), 10001, "cursor is invalid");
        assertRefused(list("category=linear&symbol=btcusdt"), 10001, "symbol must be uppercase");
        assertRefused(list("category=option&symbol=BTCUSDT"), 10001, "category must be linear or inverse");
    }

    @Test
    void setLeverageResetsExtraMarginAndRecomputes() {
        openLong();
        Venue.assertOk(v.client.post("/v5/position/add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"100\",\"positionIdx\":0}"));
        Reply r = v.client.post("/v5/position/set-leverage", "{\"symbol\":\"BTCUSDT\",\"buyLeverage\":\"20\",\"sellLeverage\":\"20\",\"category\":\"linear\"}");
        Venue.assertOk(r);
        assertEquals("{}", r.result().toString());
        JsonNode row = onlyRow(list("category=linear&symbol=BTCUSDT"));
        // IM = 6000/20 + 6000·(1 − 1/20)·f, no extra margin any more.
        BigDecimal im = d("300").add(d("6000").multiply(d("0.95")).multiply(F));
        assertEquals(im.setScale(8).toPlainString(), row.get("positionIM").asText());
        assertEquals("20", row.get("leverage").asText());
        assertRefused(v.client.post("/v5/position/set-leverage", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"buyLeverage\":\"20\",\"sellLeverage\":\"20\"}"),
                110043, "Set leverage has not been modified.");
        assertRefused(v.client.post("/v5/position/set-leverage", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"sellLeverage\":\"5\"}"),
                10001, "buyLeverage is required");
        assertRefused(v.client.post("/v5/position/set-leverage", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"buyLeverage\":\"x\",\"sellLeverage\":\"5\"}"),
                10001, "buyLeverage must be a decimal number");
        assertRefused(v.client.post("/v5/position/set-leverage", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"buyLeverage\":\"5\",\"sellLeverage\":\"6\"}"),
                10001, "buyLeverage must equal sellLeverage");
        assertRefused(v.client.post("/v5/position/set-leverage", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"buyLeverage\":\"101\",\"sellLeverage\":\"101\"}"),
                110013, "Cannot set leverage due to risk limit level.");
    }

    @Test
    void autoAddMarginShowsInTheList() {
        openLong();
        Venue.assertOk(v.client.post("/v5/position/set-auto-add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"autoAddMargin\":1,\"positionIdx\":0}"));
        assertEquals(1, onlyRow(list("category=linear&symbol=BTCUSDT")).get("autoAddMargin").asInt());
        Venue.assertOk(v.client.post("/v5/position/set-auto-add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"autoAddMargin\":\"0\"}"));
        assertEquals(0, onlyRow(list("category=linear&symbol=BTCUSDT")).get("autoAddMargin").asInt());
        assertRefused(v.client.post("/v5/position/set-auto-add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"autoAddMargin\":2}"),
                10001, "autoAddMargin must be one of [0, 1]");
    }

    @Test
    void hedgeModeListsBothSlotsAndRejectsIndexZero() {
        Venue.assertOk(v.client.post("/v5/position/switch-mode", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"mode\":3}"));
        Reply r = list("category=linear&symbol=BTCUSDT");
        assertEquals(2, r.result().get("list").size());
        assertEquals(1, r.result().get("list").get(0).get("positionIdx").asInt());
        assertEquals(2, r.result().get("list").get(1).get("positionIdx").asInt());
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "BTCUSDT", 1, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null));
        assertRefused(v.client.post("/v5/position/add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\",\"positionIdx\":0}"),
                10001, "position idx not match position mode");
        Venue.assertOk(v.client.post("/v5/position/add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\",\"positionIdx\":1}"));
        assertRefused(v.client.post("/v5/position/switch-mode", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"mode\":0}"),
                110024, "existing position");
        assertRefused(v.client.post("/v5/position/switch-mode", "{\"category\":\"linear\",\"symbol\":\"ETHUSDT\",\"mode\":0}"),
                110025, "Position mode has not been modified.");
        assertRefused(v.client.post("/v5/position/switch-mode", "{\"category\":\"linear\",\"mode\":3}"), 10001, "symbol or coin is required");
        assertRefused(v.client.post("/v5/position/switch-mode", "{\"category\":\"linear\",\"symbol\":\"ETHUSDT\",\"mode\":1}"), 10001, "mode must be one of [0, 3]");
        Venue.assertOk(v.client.post("/v5/position/switch-mode", "{\"category\":\"linear\",\"coin\":\"USDT\",\"mode\":3}"));
        assertEquals(2, list("category=linear&symbol=ETHUSDT").result().get("list").size());
    }

    @Test
    void switchIsolatedToCrossThenAddMarginIs110015() {
        Reply r = v.client.post("/v5/position/switch-isolated", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"tradeMode\":0,\"buyLeverage\":\"10\",\"sellLeverage\":\"10\"}");
        Venue.assertOk(r);
        assertEquals("{}", r.result().toString());
        assertEquals(0, onlyRow(list("category=linear&symbol=BTCUSDT")).get("tradeMode").asInt());
        assertRefused(v.client.post("/v5/position/switch-isolated", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"tradeMode\":0,\"buyLeverage\":\"10\",\"sellLeverage\":\"10\"}"),
                110026, "has not been modified");
        // No position can be opened in cross (docs/margin-rules.md "Cross accounts"); add-margin is still 110015.
        assertRefused(v.client.post("/v5/order/create", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.01\"}"),
                10001, "cross (REGULAR_MARGIN) positions cannot be opened");
        assertRefused(v.client.post("/v5/position/add-margin", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\"}"),
                110015, "cross margin mode");
        assertRefused(v.client.post("/v5/position/switch-isolated", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"tradeMode\":2,\"buyLeverage\":\"10\",\"sellLeverage\":\"10\"}"),
                10001, "tradeMode must be one of [0, 1]");
    }
}
