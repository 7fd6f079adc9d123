package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.AddMarginValidationTest.assertRefused;
import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /v5/order/* and /v5/execution/list: fills at the mark with the taker fee, no order book. */
class OrderEndpointsTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.btcusdt();
        v.ethusd();
        v.deposit("USDT", "2000");
        v.deposit("ETH", "1");
        v.mark("BTCUSDT", "60000");
        v.mark("ETHUSD", "1812.90");
    }

    @AfterEach
    void tearDown() { v.close(); }

    private Reply order(String body) { return v.client.post("/v5/order/create", body); }

    private JsonNode usdt() {
        return v.client.get("/v5/account/wallet-balance", "accountType=UNIFIED&coin=USDT").result().get("list").get(0).get("coin").get(0);
    }

    private JsonNode btcRow() { return v.client.get("/v5/position/list", "category=linear&symbol=BTCUSDT").result().get("list").get(0); }

    @Test
    void marketBuyFillsAtTheMarkAndChargesTheTakerFee() {
        Reply r = order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.1\",\"positionIdx\":0,\"orderLinkId\":\"my-1\"}");
        Venue.assertOk(r);
        assertTrue(r.text("orderId").matches(UUID), r.body());
        assertEquals("my-1", r.text("orderLinkId"));
        BigDecimal fee = d("0.1").multiply(d("60000")).multiply(d("0.00055"));
        assertEquals(d("2000").subtract(fee).stripTrailingZeros().toPlainString(), usdt().get("walletBalance").asText());
        JsonNode row = btcRow();
        assertEquals("Buy", row.get("side").asText());
        assertEquals("0.1", row.get("size").asText());
        assertEquals("60000", row.get("avgPrice").asText());
        assertEquals("602.97000000", row.get("positionIM").asText());
        assertEquals(fee.negate().stripTrailingZeros().toPlainString(), row.get("cumRealisedPnl").asText());
    }

    @Test
    void reduceOnlySellRealisesPnlMinusFee() {
        Venue.assertOk(order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.1\"}"));
        v.mark("BTCUSDT", "61000");
        Venue.assertOk(order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Sell\",\"orderType\":\"Market\",\"qty\":\"0.05\",\"reduceOnly\":true}"));
        BigDecimal openFee = d("6000").multiply(d("0.00055"));
        BigDecimal pnl = d("0.05").multiply(d("1000"));
        BigDecimal closeFee = d("0.05").multiply(d("61000")).multiply(d("0.00055"));
        BigDecimal wallet = d("2000").subtract(openFee).add(pnl).subtract(closeFee);
        assertEquals(wallet.stripTrailingZeros().toPlainString(), usdt().get("walletBalance").asText());
        JsonNode row = btcRow();
        assertEquals("0.05", row.get("size").asText());
        assertEquals(pnl.subtract(openFee).subtract(closeFee).stripTrailingZeros().toPlainString(), row.get("cumRealisedPnl").asText());
        assertRefused(order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.05\",\"reduceOnly\":true}"),
                110017, "Reduce-only");
    }

    @Test
    void marketableLimitFillsAtTheMarkAndTheRestIsRefused() {
        Reply filled = order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.01\",\"price\":\"60100\",\"timeInForce\":\"IOC\"}");
        Venue.assertOk(filled);
        JsonNode o = v.client.get("/v5/order/realtime", "category=linear&orderId=" + filled.text("orderId")).result().get("list").get(0);
        assertEquals("60100.0", o.get("price").asText());
        assertEquals("60000.0", o.get("avgPrice").asText());
        assertEquals("Filled", o.get("orderStatus").asText());
        assertEquals("IOC", o.get("timeInForce").asText());
        String before = v.hash();
        assertRefused(order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.01\",\"price\":\"59000\"}"),
                10001, "no order book");
        assertRefused(order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Sell\",\"orderType\":\"Limit\",\"qty\":\"0.01\",\"price\":\"60000\",\"timeInForce\":\"PostOnly\"}"),
                10001, "no order book");
        assertEquals(before, v.hash());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "qty off step    | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.0015\"} | Qty invalid",
            "qty above max   | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"1001\"}   | Qty invalid",
            "qty missing     | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\"}                  | qty is required",
            "qty negative    | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"-1\"}     | qty must be greater than 0",
            "side lowercase  | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"Market\",\"qty\":\"0.1\"}    | side must be Buy or Sell",
            "stop order      | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Stop\",\"qty\":\"0.1\"}     | orderType must be Market or Limit",
            "limit no price  | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.1\"}    | price is required",
            "price off tick  | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.1\",\"price\":\"60000.05\"} | price invalid",
            "take profit     | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.1\",\"takeProfit\":\"70000\"} | takeProfit is not supported",
            "bad tif         | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.1\",\"price\":\"60000\",\"timeInForce\":\"DAY\"} | timeInForce must be",
            "reduceOnly text | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.1\",\"reduceOnly\":\"yes\"} | reduceOnly must be true or false",
            "hedge idx       | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.1\",\"positionIdx\":1} | position idx not match position mode",
            "too large       | {\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"1\"}       | Available balance is insufficient",
    })
    void refusedOrdersChangeNothing(String name, String body, String message) {
        String before = v.hash();
        Reply r = order(body.strip());
        assertTrue(r.retCode() != 0, r.body());
        assertTrue(r.retMsg().contains(message), r.body());
        assertEquals("{}", r.result().toString());
        assertEquals(before, v.hash());
    }

    @Test
    void inverseOrderAndItsExecution() {
        Reply r = order("{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"100\",\"positionIdx\":0}");
        Venue.assertOk(r);
        JsonNode x = v.client.get("/v5/execution/list", "category=inverse&symbol=ETHUSD").result().get("list").get(0);
        BigDecimal value = d("100").divide(d("1812.90"), 30, RoundingMode.HALF_UP);
        assertEquals(value.setScale(8, RoundingMode.HALF_UP).toPlainString(), x.get("execValue").asText());
        assertEquals(value.multiply(d("0.0006")).setScale(8, RoundingMode.CEILING).stripTrailingZeros().toPlainString(), x.get("execFee").asText());
        assertEquals("1812.90", x.get("execPrice").asText());
        assertEquals("100", x.get("execQty").asText());
        assertEquals(r.text("orderId"), x.get("orderId").asText());
        assertEquals("Trade", x.get("execType").asText());
        assertEquals("0.0006", x.get("feeRate").asText());
        assertTrue(x.get("execId").asText().matches(UUID));
    }

    @Test
    void realtimeHistoryAndExecutionsListNewestFirst() {
        Reply first = order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.01\"}");
        v.clock.addAndGet(5);
        Reply second = order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.02\",\"orderLinkId\":\"b\"}");
        assertNotEquals(first.text("orderId"), second.text("orderId"));
        // Nothing ever rests, so the default (open orders only) is empty; openOnly=1 shows the recent closed ones.
        assertEquals(0, v.client.get("/v5/order/realtime", "category=linear&symbol=BTCUSDT").result().get("list").size());
        JsonNode closed = v.client.get("/v5/order/realtime", "category=linear&symbol=BTCUSDT&openOnly=1").result().get("list");
        assertEquals(2, closed.size());
        assertEquals(second.text("orderId"), closed.get(0).get("orderId").asText());
        assertEquals("0.020", closed.get(0).get("qty").asText());
        assertEquals("0.020", closed.get(0).get("cumExecQty").asText());
        assertEquals("1200", closed.get(0).get("cumExecValue").asText());
        assertEquals("0.66", closed.get(0).get("cumExecFee").asText());
        assertEquals("Market", closed.get(0).get("orderType").asText());
        assertEquals(Long.toString(Venue.T0 + 5), closed.get(0).get("createdTime").asText());
        JsonNode byLink = v.client.get("/v5/order/realtime", "category=linear&orderLinkId=b").result().get("list");
        assertEquals(1, byLink.size());
        Reply history = v.client.get("/v5/order/history", "category=linear&limit=1");
        assertEquals(second.text("orderId"), history.result().get("list").get(0).get("orderId").asText());
        assertEquals("1", history.text("nextPageCursor"));
        JsonNode execs = v.client.get("/v5/execution/list", "category=linear&symbol=BTCUSDT").result().get("list");
        assertEquals(2, execs.size());
        assertEquals("0.020", execs.get(0).get("execQty").asText());
        assertEquals(first.text("orderId"), execs.get(1).get("orderId").asText());
        assertEquals(0, v.client.get("/v5/execution/list", "category=inverse").result().get("list").size());
        assertEquals(0, v.client.get("/v5/order/realtime", "category=spot&openOnly=1").result().get("list").size());
        assertRefused(v.client.get("/v5/order/realtime", "symbol=BTCUSDT"), 10001, "category is required");
    }

    @Test
    void aRetriedOrderLinkIdIsRefusedWith110072AndDoesNotFillAgain() {
        String body = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.01\",\"orderLinkId\":\"retry-1\"}";
        Venue.assertOk(order(body));
        String before = v.hash();
        Reply again = order(body);
        assertRefused(again, 110072, "OrderLinkedID is duplicate");
        assertEquals(before, v.hash());
        assertEquals("0.01", btcRow().get("size").asText());
    }

    @Test
    void oversizedReduceOnlyIsAnsweredAtThePositionSize() {
        Venue.assertOk(order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.03\"}"));
        Reply r = order("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Sell\",\"orderType\":\"Market\",\"qty\":\"0.05\",\"reduceOnly\":true}");
        Venue.assertOk(r);
        JsonNode o = v.client.get("/v5/order/realtime", "category=linear&orderId=" + r.text("orderId")).result().get("list").get(0);
        assertEquals("0.030", o.get("qty").asText());
        assertEquals("0.030", o.get("cumExecQty").asText());
        assertEquals("0", o.get("leavesQty").asText());
        assertEquals("Filled", o.get("orderStatus").asText());
    }

    @Test
    void cancelAllHasNothingToCancel() {
        Reply r = v.client.post("/v5/order/cancel-all", "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\"}");
        Venue.assertOk(r);
        assertEquals("{\"list\":[],\"success\":\"1\"}", r.result().toString());
    }
}
