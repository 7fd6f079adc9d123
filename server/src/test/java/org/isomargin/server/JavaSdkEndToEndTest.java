package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import com.bybit.api.client.domain.CategoryType;
import com.bybit.api.client.domain.TradeOrderType;
import com.bybit.api.client.domain.account.AccountType;
import com.bybit.api.client.domain.account.request.AccountDataRequest;
import com.bybit.api.client.domain.position.request.PositionDataRequest;
import com.bybit.api.client.domain.trade.PositionIdx;
import com.bybit.api.client.domain.trade.Side;
import com.bybit.api.client.domain.trade.request.TradeOrderRequest;
import com.bybit.api.client.restApi.BybitApiPositionRestClient;
import com.bybit.api.client.service.BybitApiClientFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Bybit Java SDK (bybit-java-api 1.2.5) against the real server on its default markets, with the
 * world set up only through the operator API — what an exchange operator or test harness does.
 */
class JavaSdkEndToEndTest {
    static final String TOKEN = "sdk-e2e";
    @TempDir
    static Path dir;
    static IsomarginServer server;
    static OperatorClient op;
    static String baseUrl;

    @BeforeAll
    static void start() throws Exception {
        server = IsomarginServer.start(ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir), System::currentTimeMillis, TOKEN);
        op = new OperatorClient(server.adminPort(), TOKEN);
        baseUrl = "http://127.0.0.1:" + server.publicPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Object envelope) {
        Map<String, Object> m = (Map<String, Object>) envelope;
        assertEquals(0, ((Number) m.get("retCode")).intValue(), String.valueOf(m));
        return (Map<String, Object>) m.get("result");
    }

    @SuppressWarnings("unchecked")
    private static int retCode(Object envelope) { return ((Number) ((Map<String, Object>) envelope).get("retCode")).intValue(); }

    private static String[] account(String coin, String amount) {
        long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
        assertEquals(200, op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"" + coin + "\",\"amount\":\"" + amount + "\"}").status());
        var key = op.post("/admin/accounts/" + uid + "/api-keys", "{\"readOnly\":false}");
        return new String[]{String.valueOf(uid), key.text("apiKey"), key.text("apiSecret")};
    }

    @Test
    void documentedAddMarginExampleThroughTheSdk() {
        String[] a = account("ETH", "1");
        var imported = op.put("/admin/accounts/" + a[0] + "/positions/ETHUSD", "{\"positionIdx\":0,\"side\":\"Buy\",\"size\":\"200\","
                + "\"avgPrice\":\"1812.70004844\",\"leverage\":\"12\",\"extraMargin\":\"0\",\"cumRealisedPnl\":\"-0.04618929\"}");
        assertEquals(200, imported.status(), imported.body().toString());
        assertEquals(200, op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"ETHUSD\",\"markPrice\":\"1812.90\"}]}").status());
        BybitApiPositionRestClient pos = BybitApiClientFactory.newInstance(a[1], a[2], baseUrl).newPositionRestClient();
        Map<String, Object> r = result(pos.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.INVERSE)
                .symbol("ETHUSD").margin("0.01").positionIdx(PositionIdx.ONE_WAY_MODE).build()));
        // bybit-v5.md §2.2, the documented response, times aside.
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("category", "inverse"); expected.put("symbol", "ETHUSD"); expected.put("positionIdx", 0);
        expected.put("riskId", 11); expected.put("riskLimitValue", "500"); expected.put("size", "200");
        expected.put("positionValue", "0.11033265"); expected.put("avgPrice", "1812.70004844"); expected.put("liqPrice", "1550.80");
        expected.put("bustPrice", "1544.20"); expected.put("markPrice", "1812.90"); expected.put("leverage", "12");
        expected.put("autoAddMargin", 0); expected.put("positionStatus", "Normal"); expected.put("positionIM", "0.01926611");
        expected.put("positionMM", "0"); expected.put("unrealisedPnl", "0.00001217"); expected.put("cumRealisedPnl", "-0.04618929");
        expected.put("stopLoss", "0.00"); expected.put("takeProfit", "0.00"); expected.put("trailingStop", "0.00");
        for (var e : expected.entrySet()) assertEquals(e.getValue(), r.get(e.getKey()), e.getKey());
        assertEquals(List.copyOf(expected.keySet()), r.keySet().stream().filter(expected::containsKey).toList(), "field order");
        assertTrue(r.containsKey("createdTime") && r.containsKey("updatedTime"));
    }

    @Test
    void tradingSessionWithNumbersCheckedIndependently() {
        String[] a = account("USDT", "5000");
        op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"XRPUSDT\",\"markPrice\":\"0.5\"}]}");
        var factory = BybitApiClientFactory.newInstance(a[1], a[2], baseUrl);
        var trade = factory.newTradeRestClient();
        var pos = factory.newPositionRestClient();
        result(trade.createOrder(TradeOrderRequest.builder().category(CategoryType.LINEAR).symbol("XRPUSDT").side(Side.SELL)
                .orderType(TradeOrderType.MARKET).qty("1000").positionIdx(PositionIdx.ONE_WAY_MODE).build()));
        // Short 1000 XRP @ 0.5, 10× (default), f = 0.00055, tier MMR 1 %, tick 0.0001.
        BigDecimal q = new BigDecimal("1000"), e = new BigDecimal("0.5"), l = BigDecimal.TEN, f = new BigDecimal("0.00055");
        BigDecimal im0 = q.multiply(e).divide(l);
        BigDecimal fee0 = q.multiply(e).multiply(BigDecimal.ONE.add(BigDecimal.ONE.divide(l))).multiply(f);
        Map<String, Object> added = result(pos.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.LINEAR)
                .symbol("XRPUSDT").margin("20").positionIdx(PositionIdx.ONE_WAY_MODE).build()));
        assertEquals(im0.add(fee0).add(new BigDecimal("20")).setScale(8, RoundingMode.CEILING).toPlainString(), added.get("positionIM"));
        // Short bust = E + (IM0 + X/(1+f))/Q, rounded down to the tick; liq = bust − E·MMR.
        BigDecimal bust = e.add(im0.add(new BigDecimal("20").divide(BigDecimal.ONE.add(f), 20, RoundingMode.HALF_UP)).divide(q, 20, RoundingMode.HALF_UP));
        assertEquals(bust.setScale(4, RoundingMode.FLOOR).toPlainString(), added.get("bustPrice"));
        assertEquals(bust.subtract(e.multiply(new BigDecimal("0.01"))).setScale(4, RoundingMode.FLOOR).toPlainString(), added.get("liqPrice"));
        Map<String, Object> reduced = result(pos.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.LINEAR)
                .symbol("XRPUSDT").margin("-20").positionIdx(PositionIdx.ONE_WAY_MODE).build()));
        assertEquals(im0.add(fee0).setScale(8, RoundingMode.CEILING).toPlainString(), reduced.get("positionIM"));
        assertEquals(110078, retCode(pos.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.LINEAR)
                .symbol("XRPUSDT").margin("-0.0001").positionIdx(PositionIdx.ONE_WAY_MODE).build())));
        assertEquals(10001, retCode(pos.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.LINEAR)
                .symbol("XRPUSDT").margin("1.00001").positionIdx(PositionIdx.ONE_WAY_MODE).build())));
        @SuppressWarnings("unchecked")
        Map<String, Object> usdt = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) ((List<Object>) result(factory.newAccountRestClient()
                .getWalletBalance(AccountDataRequest.builder().accountType(AccountType.UNIFIED).build())).get("list")).get(0)).get("coin")).get(0);
        // Wallet = 5000 − opening fee 1000·0.5·0.00055.
        assertEquals(0, new BigDecimal((String) usdt.get("walletBalance")).compareTo(new BigDecimal("5000").subtract(q.multiply(e).multiply(f))));
    }
}
