package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The edge cases of the engine issue: every refusal has its venue code and leaves the state hash unchanged. */
class EdgeCasesTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";
    Engine e;
    long uid;

    @BeforeEach
    void world() {
        e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        uid = account(e, USER);
        deposit(e, uid, "USDT", "10000");
        deposit(e, uid, "USDC", "10000");
        mark(e, "BTCUSDT", "60000");
        mark(e, "ETH", "2000");
    }

    private void refused(Command c, ResultCode code, int bybitCode) {
        String before = e.stateHash();
        Result r = e.apply(c);
        assertEquals(code, r.code(), c.toString());
        assertEquals(bybitCode, r.code().bybitCode());
        assertEquals(before, e.stateHash(), "refusal changed the state: " + c);
    }

    private BybitAddMargin add(String margin) { return add(0, margin); }

    private BybitAddMargin add(int idx, String margin) {
        return new BybitAddMargin(T0, uid, BybitCategory.LINEAR, "BTCUSDT", idx, d(margin));
    }

    private void openLong() {
        ok(e, new ImportBybitPosition(T0, uid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null));
    }

    @Test
    void noPositionZeroMarginAndFiveDecimals() {
        refused(add("10"), ResultCode.NO_POSITION, 110033);
        openLong();
        refused(add("0"), ResultCode.MARGIN_ZERO, 110027);
        refused(add("0.0000"), ResultCode.MARGIN_ZERO, 110027);
        refused(add("1.00001"), ResultCode.INVALID_PARAMETER, 10001);
        assertTrue(e.apply(add("1.0001")).ok(), "four decimals are fine");
    }

    @Test
    void reduceMoreThanAllowed() {
        openLong();
        refused(add("-0.0001"), ResultCode.REDUCE_ABOVE_MAX, 110078);
        ok(e, add("50"));
        refused(add("-50.0001"), ResultCode.REDUCE_ABOVE_MAX, 110078);
        // Reducing all 50 back is allowed; reducing into an immediate liquidation is not.
        mark(e, "BTCUSDT", "54000.0"); // between liq with X=50 (53799.8) and without (54300.0)
        refused(add("-50"), ResultCode.WOULD_LIQUIDATE, 110046);
        mark(e, "BTCUSDT", "60000");
        assertTrue(e.apply(add("-50")).ok());
    }

    @Test
    void crossAndPortfolioPositions() {
        long cross = ((Account) ok(e, new CreateAccount(T0, null, BybitMarginMode.REGULAR_MARGIN)).payload()).uid;
        deposit(e, cross, "USDT", "10000");
        // Opening in cross is refused: nothing could liquidate it (docs/margin-rules.md "Cross accounts").
        refused(new Fill(T0, cross, "BTCUSDT", 0, 1, d("0.1"), d("60000"), null), ResultCode.CROSS_NOT_SUPPORTED, 10001);
        refused(new BybitAddMargin(T0, cross, BybitCategory.LINEAR, "BTCUSDT", 0, d("10")), ResultCode.CROSS_POSITION, 110015);
        long pm = ((Account) ok(e, new CreateAccount(T0, null, BybitMarginMode.PORTFOLIO_MARGIN)).payload()).uid;
        refused(new BybitAddMargin(T0, pm, BybitCategory.LINEAR, "BTCUSDT", 0, d("10")), ResultCode.PORTFOLIO_MARGIN, 110077);
        // Hyperliquid: a cross position refuses isolated margin changes with the venue's string.
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.UpdateLeverage(1, true, 10)));
        assertTrue(((org.isomargin.engine.ops.HlOrderStatus) ((List<?>) ok(e, new HlAction(T0, USER, T0 + 1, null, null,
                new HlActionBody.Order(List.of(new HlActionBody.OrderRequest(1, true, d("2100"), d("1"), false, "Ioc", false, null)), "na")))
                .payload()).get(0)).isFilled());
        Result r = e.apply(new HlAction(T0, USER, T0 + 2, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, 1_000_000)));
        assertEquals("Position does not use isolated margin.", r.hyperliquidMessage());
    }

    @Test
    void positionIdxNotMatchingThePositionMode() {
        openLong();
        refused(add(1, "10"), ResultCode.POSITION_IDX_MISMATCH, 10001);
        refused(add(2, "10"), ResultCode.POSITION_IDX_MISMATCH, 10001);
        refused(add(3, "10"), ResultCode.POSITION_IDX_MISMATCH, 10001);
        assertEquals("position idx not match position mode", Result.fail(ResultCode.POSITION_IDX_MISMATCH).bybitMessage());
        // Hedge mode cannot be switched on with a position open; on a flat symbol it can, and idx 0 is then wrong.
        refused(new BybitSwitchMode(T0, uid, BybitCategory.LINEAR, "BTCUSDT", null, true), ResultCode.POSITION_MODE_HAS_POSITION, 110024);
        ok(e, new Fill(T0, uid, "BTCUSDT", 0, -1, d("0.1"), d("60000"), null));
        ok(e, new BybitSwitchMode(T0, uid, BybitCategory.LINEAR, "BTCUSDT", null, true));
        ok(e, new Fill(T0, uid, "BTCUSDT", 1, 1, d("0.1"), d("60000"), null));
        refused(add(0, "10"), ResultCode.POSITION_IDX_MISMATCH, 10001);
        assertTrue(e.apply(add(1, "10")).ok());
        refused(add(2, "10"), ResultCode.NO_POSITION, 110033);
    }

    @Test
    void enormousAmountsAreExactOrRefusedNeverOverflow() {
        openLong();
        refused(add("99999999999999999999999999999999.9999"), ResultCode.INSUFFICIENT_FOR_ADD, 110014);
        refused(add("-99999999999999999999999999999999.9999"), ResultCode.REDUCE_ABOVE_MAX, 110078);
        // A huge (but affordable) add is exact: deposit it, add it, positionIM moves by exactly that much.
        deposit(e, uid, "USDT", "123456789012345678.12345678");
        BigDecimal im = e.state().account(uid).bybitPositions.get("BTCUSDT")[0].positionIM;
        ok(e, add("123456789012345678.1234"));
        assertEquals(im.add(d("123456789012345678.1234")), e.state().account(uid).bybitPositions.get("BTCUSDT")[0].positionIM);
        assertNull(e.state().account(uid).bybitPositions.get("BTCUSDT")[0].liqPrice, "no positive liquidation price remains");
        Result r = e.apply(new HlAction(T0, USER, T0, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, Long.MAX_VALUE)));
        assertEquals(ResultCode.NO_POSITION, r.code());
        assertTrue(e.conservationViolations().isEmpty());
    }

    @Test
    void leverageAboveTheTierMaximum() {
        refused(new BybitSetLeverage(T0, uid, BybitCategory.LINEAR, "BTCUSDT", d("100.01"), d("100.01")), ResultCode.LEVERAGE_ABOVE_TIER, 110013);
        refused(new BybitSetLeverage(T0, uid, BybitCategory.LINEAR, "BTCUSDT", d("0.5"), d("0.5")), ResultCode.LEVERAGE_INVALID, 10001);
        refused(new BybitSetLeverage(T0, uid, BybitCategory.LINEAR, "BTCUSDT", d("10"), d("10")), ResultCode.LEVERAGE_UNCHANGED, 110043);
        refused(new ImportBybitPosition(T0, uid, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("101"), BigDecimal.ZERO, null),
                ResultCode.LEVERAGE_ABOVE_TIER, 110013);
        Result r = e.apply(new HlAction(T0, USER, T0, null, null, new HlActionBody.UpdateLeverage(1, false, 26)));
        assertEquals("Invalid leverage value", r.hyperliquidMessage());
        // set-leverage on an isolated position drops the extra margin and keeps the new IM affordable.
        openLong();
        ok(e, add("100"));
        ok(e, new BybitSetLeverage(T0, uid, BybitCategory.LINEAR, "BTCUSDT", d("20"), d("20")));
        var p = e.state().account(uid).bybitPositions.get("BTCUSDT")[0];
        assertEquals(0, p.extraMargin.signum());
        // 6000/20 + 6000·(19/20)·0.00055
        assertEquals(0, p.positionIM.compareTo(d("300").add(d("6000").multiply(d("0.95")).multiply(d("0.00055")))));
    }
}
