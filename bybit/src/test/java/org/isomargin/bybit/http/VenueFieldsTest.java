package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.command.ImportBybitPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 12: fields as Bybit documents them (bybit-v5.md §2.2, §4.1; the execution list example). Expected
 * numbers come from the documented formulas written out here, never from the renderer.
 */
class VenueFieldsTest {
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.btcusdt();
        v.ethusd();
        v.linear("ETHUSDT", "0.01", "0.01", "0.0004", "0.0002", "0.005", "50");
        v.deposit("USDT", "20000");
        v.deposit("ETH", "1");
        v.mark("BTCUSDT", "60000");
        v.mark("ETHUSDT", "3000");
        v.mark("ETHUSD", "1812.90");
    }

    @AfterEach
    void tearDown() { v.close(); }

    private JsonNode row(String category, String symbol) {
        Reply r = v.client.get("/v5/position/list", "category=" + category + "&symbol=" + symbol);
        Venue.assertOk(r);
        return r.result().get("list").get(0);
    }

    private Reply marketOrder(String category, String symbol, String side, String qty) {
        Reply r = v.client.post("/v5/order/create", "{\"category\":\"" + category + "\",\"symbol\":\"" + symbol
                + "\",\"side\":\"" + side + "\",\"orderType\":\"Market\",\"qty\":\"" + qty + "\",\"positionIdx\":0}");
        Venue.assertOk(r);
        return r;
    }

    /** bybit-v5.md §4.1: (entry×qty − realisedPnl)/(qty − |qty|×max(takerFee,0.00055)), qty signed. */
    private static BigDecimal linearBreakEven(BigDecimal entry, BigDecimal signedQty, BigDecimal realised, BigDecimal taker) {
        BigDecimal f = taker.max(d("0.00055"));
        return entry.multiply(signedQty).subtract(realised)
                .divide(signedQty.subtract(signedQty.abs().multiply(f)), 30, RoundingMode.HALF_EVEN);
    }

    @Test
    void listShowsDeprecatedFieldsAsDocumented() {
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null));
        JsonNode row = row("linear", "BTCUSDT");
        assertEquals(0, row.get("tradeMode").asInt(), "tradeMode: deprecated, always 0");
        assertEquals("", row.get("bustPrice").asText(), "bustPrice: deprecated in the list, always \"\"");
        assertEquals("0.00", row.get("takeProfit").asText());
        assertEquals("0.00", row.get("stopLoss").asText());
        assertEquals("0.00", row.get("trailingStop").asText());
        // the add-margin answer still carries the real bust price, and linear TP/SL print "0.00" there too
        Reply add = v.addMargin("{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\",\"positionIdx\":0}");
        Venue.assertOk(add);
        assertNotEquals("", add.text("bustPrice"));
        assertEquals("0.00", add.text("takeProfit"));
        assertEquals("0.00", add.text("stopLoss"));
        assertEquals("0.00", add.text("trailingStop"));
    }

    @Test
    void breakEvenPriceFollowsTheDocumentedFormula() {
        // imported long, nothing realised: E/(1 − f), rounded up at the price scale
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null));
        BigDecimal longBe = linearBreakEven(d("60000"), d("0.1"), BigDecimal.ZERO, d("0.00055"));
        assertEquals(longBe.setScale(1, RoundingMode.CEILING).toPlainString(), row("linear", "BTCUSDT").get("breakEvenPrice").asText());
        assertEquals("60033.1", row("linear", "BTCUSDT").get("breakEvenPrice").asText()); // 60000/0.99945 = 60033.018…
        // imported short with a taker fee below the floor: the formula takes 0.00055, rounds down for a short
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "ETHUSDT", 0, -1, d("1"), d("3000"), d("5"), BigDecimal.ZERO, null));
        BigDecimal shortBe = linearBreakEven(d("3000"), d("-1"), BigDecimal.ZERO, d("0.0004"));
        assertEquals(shortBe.setScale(2, RoundingMode.FLOOR).toPlainString(), row("linear", "ETHUSDT").get("breakEvenPrice").asText());
        assertEquals("2998.35", row("linear", "ETHUSDT").get("breakEvenPrice").asText()); // 3000/1.00055 = 2998.350…
    }

    @Test
    void breakEvenAfterAMarketBuyCountsTheOpeningFee() {
        marketOrder("linear", "BTCUSDT", "Buy", "0.1");
        BigDecimal openFee = d("0.1").multiply(d("60000")).multiply(d("0.00055")); // 3.3 USDT, realised as −3.3
        BigDecimal be = linearBreakEven(d("60000"), d("0.1"), openFee.negate(), d("0.00055"));
        assertEquals(be.setScale(1, RoundingMode.CEILING).toPlainString(), row("linear", "BTCUSDT").get("breakEvenPrice").asText());
        assertEquals("60066.1", row("linear", "BTCUSDT").get("breakEvenPrice").asText()); // 6003.3/0.099945 = 60066.036…
    }

    @Test
    void inverseBreakEvenIsTheSameBalanceInCoin() {
        marketOrder("inverse", "ETHUSD", "Buy", "100");
        BigDecimal e = d("1812.90"), q = d("100"), f = d("0.0006");
        BigDecimal openFee = q.divide(e, 30, RoundingMode.HALF_UP).multiply(f).setScale(8, RoundingMode.CEILING);
        // closing at P: q/E − q/P − (q/P)·f − openFee = 0  ⇒  P = q(1 + f)/(q/E − openFee)
        BigDecimal p = q.multiply(BigDecimal.ONE.add(f))
                .divide(q.divide(e, 40, RoundingMode.HALF_EVEN).subtract(openFee), 2, RoundingMode.CEILING);
        assertEquals(p.toPlainString(), row("inverse", "ETHUSD").get("breakEvenPrice").asText());
    }

    @Test
    void marketOrderExecutionsShowAPriceNotZero() {
        marketOrder("linear", "BTCUSDT", "Buy", "0.1");
        JsonNode x = v.client.get("/v5/execution/list", "category=linear&symbol=BTCUSDT").result().get("list").get(0);
        assertEquals("Market", x.get("orderType").asText());
        assertEquals("60000.0", x.get("execPrice").asText());
        assertEquals(x.get("execPrice").asText(), x.get("orderPrice").asText());
    }

    /** The documented add-margin answer prints inverse positionMM "0"; the list prints the real figure (margin-rules.md). */
    @Test
    void inversePositionMmIsZeroInTheAddMarginAnswerOnly() {
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "ETHUSD", 0, 1, d("200"), d("1812.70004844"), d("12"), BigDecimal.ZERO, null));
        Reply add = v.addMargin("{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":0}");
        Venue.assertOk(add);
        assertEquals("0", add.text("positionMM"));
        JsonNode row = row("inverse", "ETHUSD");
        assertNotEquals("0", row.get("positionMM").asText());
        assertEquals(row.get("positionMM").asText(), row.get("positionMMByMp").asText());
        // bybit-v5.md §5: MM = positionValue×MMR + fee to close at the leverage bust, 8 dp up; ETHUSD MMR 0.5 %, f 0.06 %
        BigDecimal pv = d("200").divide(d("1812.70004844"), 40, RoundingMode.HALF_EVEN);
        BigDecimal fee0 = pv.multiply(d("13")).divide(d("12"), 40, RoundingMode.HALF_EVEN).multiply(d("0.0006"));
        assertEquals(pv.multiply(d("0.005")).add(fee0).setScale(8, RoundingMode.CEILING).toPlainString(),
                row.get("positionMM").asText());
    }

    /** The operator API (BybitPositionJson) sides with the list: the real inverse positionMM, not the example's "0". */
    @Test
    void operatorRenderingShowsTheRealInverseMm() throws Exception {
        v.ok(ts -> new ImportBybitPosition(ts, v.uid, "ETHUSD", 0, 1, d("200"), d("1812.70004844"), d("12"), BigDecimal.ZERO, null));
        String listMm = row("inverse", "ETHUSD").get("positionMM").asText();
        org.isomargin.engine.view.BybitPositionView view = v.gateway.read(e -> e.views().bybit(
                e.state().account(v.uid), (org.isomargin.engine.market.BybitMarket) e.state().markets.get("ETHUSD"),
                e.state().account(v.uid).bybitPositions.get("ETHUSD")[0])).join();
        JsonNode op = new com.fasterxml.jackson.databind.ObjectMapper().readTree(BybitPositionJson.bytes(view));
        assertEquals(listMm, op.get("positionMM").asText());
        assertNotEquals("0", op.get("positionMM").asText());
    }
}
