package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.ops.MarkEvent;
import org.isomargin.engine.view.BybitPositionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented Bybit examples (bybit-v5.md §5.3, §5.4, §6), reproduced to the last printed digit. */
class BybitGoldenTest {

    private static BybitPositionView view(org.isomargin.engine.result.Result r) { return (BybitPositionView) r.payload(); }

    @Test
    void officialAddMarginExampleInverseEthusdLong() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, inverse("ETHUSD", "0.05", "0.0006", 11, "500", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "ETH", "1");
        ok(e, new ImportBybitPosition(T0, uid, "ETHUSD", 0, 1, d("200"), d("1812.70004844"), d("12"), BigDecimal.ZERO, d("-0.04618929")));
        mark(e, "ETHUSD", "1812.90");
        BybitPositionView v = view(ok(e, new BybitAddMargin(T0 + 1, uid, BybitCategory.INVERSE, "ETHUSD", 0, d("0.01"))));
        assertEquals(11, v.riskId());
        assertEquals("500", v.riskLimitValue().toPlainString());
        assertEquals("0.11033265", v.positionValue().toPlainString());
        assertEquals("0.01926611", v.positionIM().toPlainString());
        assertEquals("1544.20", v.bustPrice().toPlainString());
        assertEquals("1550.80", v.liqPrice().toPlainString());
        assertEquals("0.00001217", v.unrealisedPnl().toPlainString());
        assertEquals("12", v.leverage().toPlainString());
        assertEquals("-0.04618929", v.cumRealisedPnl().toPlainString());
        assertEquals("Normal", v.positionStatus());
        assertEquals("1812.70004844", v.avgPrice().toPlainString());
    }

    @Test
    void legacyXrpusdtShortWithFiveUsdtExtraMargin() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("XRPUSDT", "0.0001", "1", "0.0006", "0.01", "50")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "100");
        ok(e, new ImportBybitPosition(T0, uid, "XRPUSDT", 0, -1, d("50"), d("0.3916"), d("10"), BigDecimal.ZERO, null));
        BybitPositionView v = view(ok(e, new BybitAddMargin(T0, uid, BybitCategory.LINEAR, "XRPUSDT", 0, d("5"))));
        assertEquals("0.5307", v.bustPrice().toPlainString());
        assertEquals("0.5267", v.liqPrice().toPlainString());
        // B = IM0 + fee0 + X = 1.958 + 0.0129228 + 5 (legacy position_margin 6.9550018 + occ_closing_fee 0.015921 at the rounded bust).
        assertEquals(0, v.positionIM().compareTo(d("6.9709228")));
        assertEquals("10", v.leverage().toPlainString());
        assertEquals("19.58", v.positionValue().stripTrailingZeros().toPlainString());
    }

    /** Help-center examples quote fee-free figures: LP = E·(1 − IMR + MMR) long, E·(1 + IMR − MMR) short. */
    @ParameterizedTest
    @CsvSource({"1,1,20000,50,19700", "1,1,10000,50,9850", "-1,1,8000,40,8160"})
    void helpCenterLinearLiquidationPrices(int side, String qty, String entry, String lev, String liq) {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.5", "1", "0", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "100000");
        BybitPositionView v = view(ok(e, new ImportBybitPosition(T0, uid, "BTCUSDT", 0, side, d(qty), d(entry), d(lev), BigDecimal.ZERO, null)));
        assertEquals(0, v.liqPrice().compareTo(d(liq)), v.toString());
        // IM and MM of the 20000/50× example: 400 and 100.
        if (entry.equals("20000")) {
            assertEquals(0, v.positionIM().compareTo(d("400")));
            assertEquals(0, v.positionMM().compareTo(d("100")));
        }
    }

    @Test
    void helpCenterInverseLiquidationPrice() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, inverse("BTCUSD", "0.1", "0", 1, "150", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "BTC", "10");
        BybitPositionView v = view(ok(e, new ImportBybitPosition(T0, uid, "BTCUSD", 0, 1, d("60000"), d("50000"), d("10"), BigDecimal.ZERO, null)));
        // Independent: Q/liq = PV + IM − MM = 1.2 + 0.12 − 0.006, rounded up to the 0.1 tick.
        BigDecimal exact = d("60000").divide(d("1.314"), 12, RoundingMode.HALF_UP);
        assertEquals(exact.setScale(1, RoundingMode.CEILING), v.liqPrice());
        assertEquals("45662.1", exact.setScale(1, RoundingMode.HALF_UP).toPlainString());
        assertEquals(0, v.positionIM().compareTo(d("0.12")));
    }

    @Test
    void autoMarginReplenishmentExample() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.5", "0.001", "0", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "8000");
        BybitPositionView v = view(ok(e, new ImportBybitPosition(T0, uid, "BTCUSDT", 0, 1, d("5"), d("8000"), d("10"), BigDecimal.ZERO, null)));
        assertEquals(0, v.liqPrice().compareTo(d("7240")));
        ok(e, new BybitSetAutoAddMargin(T0, uid, BybitCategory.LINEAR, "BTCUSDT", 0, true));
        List<MarkEvent> ev = Engine.markEvents(ok(e, new MarkPrices(T0 + 1, List.of(new MarkPrices.Mark("BTCUSDT", d("7240"))))));
        assertEquals(1, ev.size());
        assertEquals(MarkEvent.Kind.AUTO_ADD_MARGIN, ev.get(0).kind());
        assertEquals(0, ev.get(0).amount().compareTo(d("4000")));
        assertEquals(0, ev.get(0).price().compareTo(d("6440")));
        // No balance left: the next crossing liquidates at the bankruptcy price and the whole margin is consumed.
        ev = Engine.markEvents(ok(e, new MarkPrices(T0 + 2, List.of(new MarkPrices.Mark("BTCUSDT", d("6400"))))));
        assertEquals(MarkEvent.Kind.LIQUIDATION, ev.get(0).kind());
        assertEquals(0, ev.get(0).amount().compareTo(d("8000")));
        assertEquals(0, e.state().account(uid).wallet("USDT").signum());
        assertTrue(e.conservationViolations().isEmpty());
    }

    /** bybit-v5.md §6.5: f = 0.00055, MMR 0.5 %, tick 0.1. */
    @Test
    void serverTestVectorTable() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long longUid = account(e, null), shortUid = account(e, null);
        deposit(e, longUid, "USDT", "1000");
        deposit(e, shortUid, "USDT", "1000");
        mark(e, "BTCUSDT", "60500");
        BybitPositionView l = view(ok(e, new ImportBybitPosition(T0, longUid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null)));
        assertRow(l, "602.97", "54000.0", "54300.0", "32.97", "50");
        l = view(ok(e, new BybitAddMargin(T0, longUid, BybitCategory.LINEAR, "BTCUSDT", 0, d("100"))));
        assertRow(l, "702.97", "52999.5", "53299.5", "32.97", "50");
        l = view(ok(e, new BybitAddMargin(T0, longUid, BybitCategory.LINEAR, "BTCUSDT", 0, d("-50"))));
        assertRow(l, "652.97", "53499.8", "53799.8", "32.97", "50");
        BybitPositionView s = view(ok(e, new ImportBybitPosition(T0, shortUid, "BTCUSDT", 0, -1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null)));
        assertRow(s, "603.63", "66000.0", "65700.0", "33.63", "-50");
        s = view(ok(e, new BybitAddMargin(T0, shortUid, BybitCategory.LINEAR, "BTCUSDT", 0, d("100"))));
        assertRow(s, "703.63", "66999.4", "66699.4", "33.63", "-50");
        // Max reducible is the extra margin: 100.0001 is refused with 110078 and changes nothing.
        String before = e.stateHash();
        var r = e.apply(new BybitAddMargin(T0, shortUid, BybitCategory.LINEAR, "BTCUSDT", 0, d("-100.0001")));
        assertEquals(110078, r.code().bybitCode());
        assertEquals(before, e.stateHash());
    }

    private static void assertRow(BybitPositionView v, String im, String bust, String liq, String mm, String upl) {
        assertEquals(0, v.positionIM().compareTo(d(im)), "positionIM " + v.positionIM());
        assertEquals(0, v.bustPrice().compareTo(d(bust)), "bust " + v.bustPrice());
        assertEquals(0, v.liqPrice().compareTo(d(liq)), "liq " + v.liqPrice());
        assertEquals(0, v.positionMM().compareTo(d(mm)), "MM " + v.positionMM());
        assertEquals(0, v.unrealisedPnl().compareTo(d(upl)), "UPL " + v.unrealisedPnl());
    }
}
