package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bybit's documented add-margin example (bybit-v5.md §2.2, reconciled in §6.1), end to end over HTTP. */
class AddMarginExampleTest {
    /** The documented response, verbatim from the spec. */
    private static final String DOCUMENTED = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"positionIdx\":0,\"riskId\":11,"
            + "\"riskLimitValue\":\"500\",\"size\":\"200\",\"positionValue\":\"0.11033265\",\"avgPrice\":\"1812.70004844\",\"liqPrice\":\"1550.80\","
            + "\"bustPrice\":\"1544.20\",\"markPrice\":\"1812.90\",\"leverage\":\"12\",\"autoAddMargin\":0,\"positionStatus\":\"Normal\","
            + "\"positionIM\":\"0.01926611\",\"positionMM\":\"0\",\"unrealisedPnl\":\"0.00001217\",\"cumRealisedPnl\":\"-0.04618929\","
            + "\"stopLoss\":\"0.00\",\"takeProfit\":\"0.00\",\"trailingStop\":\"0.00\",\"createdTime\":\"1672737740039\",\"updatedTime\":\"1684234363788\"},"
            + "\"retExtInfo\":{},\"time\":1684234363789}";
    private static final long CREATED = 1672737740039L;
    private static final long UPDATED = 1684234363788L;

    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue(CREATED);
        v.documentedEthusdPosition(d("-0.04618929"));
        v.mark("ETHUSD", "1812.90");
        v.clock.set(UPDATED);
    }

    @AfterEach
    void tearDown() { v.close(); }

    @Test
    void resultMatchesTheDocumentedJsonFieldForFieldAndInOrder() throws Exception {
        Reply r = v.addMargin("{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":0}");
        assertEquals(200, r.status());
        JsonNode documented = SignedClient.MAPPER.readTree(DOCUMENTED);
        assertEquals(fieldNames(documented), fieldNames(r.json()));
        assertEquals(fieldNames(documented.get("result")), fieldNames(r.result()));
        // Same text, same JSON types (numbers stay numbers, decimals stay strings); the envelope time is our clock.
        assertEquals(documented.get("result"), r.result());
        assertEquals(0, r.retCode());
        assertEquals("OK", r.retMsg());
        assertEquals(UPDATED, r.json().get("time").asLong());
        assertEquals("{}", r.json().get("retExtInfo").toString());
    }

    /** The same figures from the formulas of bybit-v5.md §5.4, computed here and not by the engine. */
    @Test
    void figuresAgreeWithAnIndependentComputation() {
        Reply r = v.addMargin("{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":0}");
        MathContext mc = new MathContext(40);
        BigDecimal q = d("200"), e = d("1812.70004844"), l = d("12"), f = d("0.0006"), x = d("0.01"), mmr = d("0.005");
        BigDecimal pv = q.divide(e, mc);
        BigDecimal onePlusInvL = BigDecimal.ONE.add(BigDecimal.ONE.divide(l, mc));
        BigDecimal im = pv.divide(l, mc).add(pv.multiply(onePlusInvL).multiply(f)).add(x);
        BigDecimal qOverBust = pv.multiply(onePlusInvL).add(x.divide(BigDecimal.ONE.add(f), mc));
        BigDecimal bust = q.divide(qOverBust, mc);
        BigDecimal liq = q.divide(qOverBust.subtract(pv.multiply(mmr)), mc);
        BigDecimal upl = q.multiply(BigDecimal.ONE.divide(e, mc).subtract(BigDecimal.ONE.divide(d("1812.90"), mc)));
        assertEquals(pv.setScale(8, RoundingMode.HALF_UP).toPlainString(), r.text("positionValue"));
        assertEquals(im.setScale(8, RoundingMode.CEILING).toPlainString(), r.text("positionIM"));
        assertEquals(ceilToTick(bust, d("0.05")), r.text("bustPrice"));
        assertEquals(ceilToTick(liq, d("0.05")), r.text("liqPrice"));
        assertEquals(upl.setScale(8, RoundingMode.HALF_UP).toPlainString(), r.text("unrealisedPnl"));
    }

    @Test
    void marginAsAJsonNumberGivesTheSameAnswer() {
        Reply r = v.addMargin("{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":0.01,\"positionIdx\":0}");
        Venue.assertOk(r);
        assertEquals("0.01926611", r.text("positionIM"));
    }

    @Test
    void positionIdxDefaultsToZero() {
        Reply r = v.addMargin("{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\"}");
        Venue.assertOk(r);
        assertEquals("1544.20", r.text("bustPrice"));
    }

    private static String ceilToTick(BigDecimal price, BigDecimal tick) {
        return price.divide(tick, 0, RoundingMode.CEILING).multiply(tick).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
