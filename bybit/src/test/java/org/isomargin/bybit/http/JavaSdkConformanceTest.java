package org.isomargin.bybit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bybit.api.client.domain.CategoryType;
import com.bybit.api.client.domain.TradeOrderType;
import com.bybit.api.client.domain.account.AccountType;
import com.bybit.api.client.domain.account.request.AccountDataRequest;
import com.bybit.api.client.domain.market.request.MarketDataRequest;
import com.bybit.api.client.domain.position.AutoAddMargin;
import com.bybit.api.client.domain.position.request.PositionDataRequest;
import com.bybit.api.client.domain.trade.PositionIdx;
import com.bybit.api.client.domain.trade.Side;
import com.bybit.api.client.domain.trade.request.TradeOrderRequest;
import com.bybit.api.client.restApi.BybitApiAccountRestClient;
import com.bybit.api.client.restApi.BybitApiMarketRestClient;
import com.bybit.api.client.restApi.BybitApiPositionRestClient;
import com.bybit.api.client.restApi.BybitApiTradeRestClient;
import com.bybit.api.client.service.BybitApiClientFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.isomargin.bybit.ratelimit.RateLimitTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The official Java SDK (io.github.wuhewuhe:bybit-java-api 1.2.5), unchanged but for the base URL, drives one
 * account through a trading session. The SDK stamps requests with the wall clock, so the venue uses it too.
 * positionIdx is always set: the SDK throws NullPointerException without it (bybit-v5.md §9.3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JavaSdkConformanceTest {
    private static final BigDecimal F = new BigDecimal("0.00055");
    private Venue v;
    private BybitApiTradeRestClient trade;
    private BybitApiPositionRestClient position;
    private BybitApiAccountRestClient account;
    private BybitApiMarketRestClient market;

    @BeforeAll
    void start() {
        v = new Venue(System.currentTimeMillis(), System::currentTimeMillis, RateLimitTable.bybitDefaults());
        v.btcusdt();
        v.deposit("USDT", "2000");
        v.mark("BTCUSDT", "60000");
        BybitApiClientFactory factory = BybitApiClientFactory.newInstance(Venue.KEY, Venue.SECRET, v.server.baseUrl());
        trade = factory.newTradeRestClient();
        position = factory.newPositionRestClient();
        account = factory.newAccountRestClient();
        market = BybitApiClientFactory.newInstance(v.server.baseUrl()).newMarketDataRestClient();
    }

    @AfterAll
    void stop() { v.close(); }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }

    private static Map<String, Object> result(Object envelope) {
        assertEquals(0, ((Number) map(envelope).get("retCode")).intValue(), String.valueOf(envelope));
        return map(map(envelope).get("result"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> result, String list) {
        return ((List<Map<String, Object>>) result.get(list)).get(0);
    }

    private Map<String, Object> btcPosition() {
        return first(result(position.getPositionInfo(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT").build())), "list");
    }

    private Object modify(String margin) {
        return position.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT")
                .margin(margin).positionIdx(PositionIdx.ONE_WAY_MODE).build());
    }

    @Test
    @Order(1)
    void publicMarketData() {
        Map<String, Object> time = result(market.getServerTime());
        assertTrue(Math.abs(Long.parseLong((String) time.get("timeSecond")) - System.currentTimeMillis() / 1000) <= 2);
        MarketDataRequest btc = MarketDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT").build();
        assertEquals("60000.0", first(result(market.getMarketTickers(btc)), "list").get("markPrice"));
        assertEquals("0.001", map(first(result(market.getInstrumentsInfo(btc)), "list").get("lotSizeFilter")).get("qtyStep"));
        assertEquals("0.005", first(result(market.getRiskLimit(btc)), "list").get("maintenanceMargin"));
    }

    @Test
    @Order(2)
    void marketOrderOpensTheExpectedPosition() {
        Map<String, Object> r = result(trade.createOrder(TradeOrderRequest.builder().category(CategoryType.LINEAR)
                .symbol("BTCUSDT").side(Side.BUY).orderType(TradeOrderType.MARKET).qty("0.1")
                .positionIdx(PositionIdx.ONE_WAY_MODE).orderLinkId("sdk-1").build()));
        assertTrue(((String) r.get("orderId")).matches("[0-9a-f-]{36}"));
        assertEquals("sdk-1", r.get("orderLinkId"));
        Map<String, Object> p = btcPosition();
        assertEquals("0.1", p.get("size"));
        assertEquals("Buy", p.get("side"));
        // IM = 6000/10 + 6000·0.9·f
        assertEquals(new BigDecimal("600").add(new BigDecimal("5400").multiply(F)).setScale(8).toPlainString(), p.get("positionIM"));
    }

    @Test
    @Order(3)
    void addAndReduceMargin() {
        Map<String, Object> added = result(modify("100"));
        assertEquals("702.97000000", added.get("positionIM"));
        assertEquals("52999.5", added.get("bustPrice"));
        assertEquals("53299.5", added.get("liqPrice"));
        assertEquals("10", added.get("leverage"));
        assertEquals(0, ((Number) added.get("positionIdx")).intValue());
        Map<String, Object> reduced = result(modify("-50"));
        assertEquals("652.97000000", reduced.get("positionIM"));
        assertEquals("53499.8", reduced.get("bustPrice"));
    }

    @Test
    @Order(4)
    void walletShowsTheFeeAndTheMarginHeld() {
        Map<String, Object> usdt = map(((List<?>) map(((List<?>) result(account.getWalletBalance(
                AccountDataRequest.builder().accountType(AccountType.UNIFIED).build())).get("list")).get(0)).get("coin")).get(0));
        BigDecimal wallet = new BigDecimal("2000").subtract(new BigDecimal("6000").multiply(F));
        assertEquals(wallet.stripTrailingZeros().toPlainString(), usdt.get("walletBalance"));
        assertEquals(wallet.subtract(new BigDecimal("652.97")).stripTrailingZeros().toPlainString(), usdt.get("availableToWithdraw"));
        assertEquals("652.97", usdt.get("totalPositionIM"));
    }

    @Test
    @Order(5)
    void leverageAndAutoAddMargin() {
        result(position.setPositionLeverage(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT")
                .buyLeverage("20").sellLeverage("20").build()));
        result(position.setAutoAddMargin(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT")
                .autoAddMargin(AutoAddMargin.ON).positionIdx(PositionIdx.ONE_WAY_MODE).build()));
        Map<String, Object> p = btcPosition();
        assertEquals("20", p.get("leverage"));
        assertEquals(1, ((Number) p.get("autoAddMargin")).intValue());
        // set-leverage drops the extra margin: IM = 6000/20 + 6000·0.95·f
        assertEquals(new BigDecimal("300").add(new BigDecimal("5700").multiply(F)).setScale(8).toPlainString(), p.get("positionIM"));
    }

    /** Errors reach SDK users as ordinary results (HTTP 200), never as exceptions. */
    @Test
    @Order(6)
    void errorsComeBackAsEnvelopes() {
        assertError(modify("0"), 110027, "Margin has not been modified.");
        assertError(modify("0.00001"), 10001, "margin must have at most 4 decimal places");
        assertError(modify("-1000"), 110078, "Added margin more than max can reduce margin");
        assertError(position.setPositionLeverage(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT")
                .buyLeverage("20").sellLeverage("20").build()), 110043, "Set leverage has not been modified.");
        BybitApiPositionRestClient wrong = BybitApiClientFactory.newInstance(Venue.KEY, "wrong", v.server.baseUrl()).newPositionRestClient();
        assertError(wrong.modifyPositionMargin(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT")
                .margin("1").positionIdx(PositionIdx.ONE_WAY_MODE).build()), 10004, "error sign!");
        BybitApiPositionRestClient unknown = BybitApiClientFactory.newInstance("nobody", "x", v.server.baseUrl()).newPositionRestClient();
        assertError(unknown.getPositionInfo(PositionDataRequest.builder().category(CategoryType.LINEAR).symbol("BTCUSDT").build()),
                10003, "API key is invalid.");
    }

    private static void assertError(Object envelope, int code, String messagePart) {
        Map<String, Object> m = map(envelope);
        assertEquals(code, ((Number) m.get("retCode")).intValue(), String.valueOf(envelope));
        assertTrue(((String) m.get("retMsg")).contains(messagePart), String.valueOf(envelope));
        assertEquals(Map.of(), m.get("result"));
    }
}
