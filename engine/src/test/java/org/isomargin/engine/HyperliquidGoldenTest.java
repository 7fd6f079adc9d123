package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.isomargin.engine.view.HlPositionView;
import org.junit.jupiter.api.Test;

/** Hyperliquid's documented clearinghouseState example and the worked examples of hyperliquid.md §5.3 and §5.5. */
class HyperliquidGoldenTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";

    private static HlPositionView view(Engine e, String coin, long uid) {
        HlPosition p = e.state().account(uid).hlPositions.get(coin);
        return e.views().hl((HyperliquidMarket) e.state().markets.get(coin), p);
    }

    private static Result margin(Engine e, int asset, long ntli, long nonce) {
        return e.apply(new HlAction(T0 + 10, USER, nonce, null, null, new HlActionBody.UpdateIsolatedMargin(asset, true, ntli)));
    }

    @Test
    void clearinghouseStateExampleReconciles() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 50)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "13109.482328");
        // rawUsd −95.059824 = margin − szi·entryPx ⇒ margin = −95.059824 + 0.0335·2986.3 = 4.981226
        ok(e, new ImportHlPosition(T0, uid, "ETH", d("0.0335"), d("2986.3"), 20, false, d("4.981226")));
        mark(e, "ETH", "2985.9");
        HlPositionView v = view(e, "ETH", uid);
        assertEquals(0, v.rawUsd().compareTo(d("-95.059824")));
        assertEquals(0, v.marginUsed().compareTo(d("4.967826")));
        assertEquals(0, v.positionValue().compareTo(d("100.02765")));
        assertEquals(0, v.unrealizedPnl().compareTo(d("-0.0134")));
        assertEquals(d("-0.0026789"), v.returnOnEquity().setScale(7, RoundingMode.HALF_UP));
        // Reported 2866.26936529; the displayed inputs are rounded, so agree to 1e-4.
        assertTrue(v.liquidationPx().subtract(d("2866.26936529")).abs().compareTo(d("0.0001")) < 0, v.liquidationPx().toPlainString());
    }

    @Test
    void workedExampleLongOneEthTenX() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "1000");
        ok(e, new ImportHlPosition(T0, uid, "ETH", d("1"), d("2000"), 10, false, d("200")));
        mark(e, "ETH", "2000");
        HlPositionView v = view(e, "ETH", uid);
        assertEquals(0, v.rawUsd().compareTo(d("-1800")));
        assertEquals(0, v.liquidationPx().compareTo(d("1800").divide(d("0.98"), 8, RoundingMode.HALF_UP)));
        // Any removal: equity 200 = max(IM 200, 10 % of 2000) → refused, and only the nonce is used.
        Result r = margin(e, 1, -1, T0);
        assertEquals(ResultCode.REDUCE_ABOVE_MAX, r.code());
        assertEquals("Position does not have sufficient margin for reduction.", r.hyperliquidMessage());
        ok(e, new HlAction(T0 + 10, USER, T0 + 1, null, null, new HlActionBody.UpdateIsolatedMargin(1, true, 100_000_000)));
        v = view(e, "ETH", uid);
        assertEquals(0, v.marginUsed().compareTo(d("300")));
        assertEquals(0, v.liquidationPx().compareTo(d("1700").divide(d("0.98"), 8, RoundingMode.HALF_UP)));
        assertEquals("1734.69387755", v.liquidationPx().toPlainString());
        // Now exactly 100 is removable; 100.000001 is not.
        assertEquals(ResultCode.REDUCE_ABOVE_MAX, margin(e, 1, -100_000_001, T0 + 2).code());
        assertTrue(margin(e, 1, -100_000_000, T0 + 3).ok());
        // Mark up to 2100 with no top-up: equity 300, floor max(210, 210) → 90 removable.
        mark(e, "ETH", "2100");
        assertEquals(ResultCode.REDUCE_ABOVE_MAX, margin(e, 1, -90_000_001, T0 + 4).code());
        assertTrue(margin(e, 1, -90_000_000, T0 + 5).ok());
        assertTrue(e.conservationViolations().isEmpty());
    }

    @Test
    void shortLiquidationPriceClosedForm() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("SOL", 2, 2, HlMarginMode.NORMAL, 10)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "1000");
        // short 2 @ 100, 5×: margin 40, rawUsd = 40 + 200 = 240 → 240 / (2·0.05 + 2)
        ok(e, new ImportHlPosition(T0, uid, "SOL", d("-2"), d("100"), 5, false, d("40")));
        HlPositionView v = view(e, "SOL", uid);
        assertEquals(0, v.rawUsd().compareTo(d("240")));
        assertEquals(d("240").divide(d("2.1"), 8, RoundingMode.HALF_UP), v.liquidationPx());
    }

    @Test
    void tieredLiquidationPriceUsesTheTierOfItsOwnNotional() {
        Engine e = new Engine();
        // 40× below 150,000 notional, 20× above (deduction 150000·(0.025 − 0.0125) = 1875).
        ok(e, new PutMarket(T0, hl("BTC", 0, 5, HlMarginMode.NORMAL, 40, 150_000, 20)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "1000000");
        ok(e, new ImportHlPosition(T0, uid, "BTC", d("5"), d("60000"), 10, false, d("30000")));
        HlPositionView v = view(e, "BTC", uid);
        // Independent: solve rawUsd + 5p = 5p·mmr − ded in the tier where 5p ≥ 150000 (p ≥ 30000).
        BigDecimal raw = d("30000").subtract(d("300000"));
        BigDecimal p2 = raw.add(d("1875")).divide(d("5").multiply(d("0.025")).subtract(d("5")), 8, RoundingMode.HALF_UP);
        assertEquals(p2, v.liquidationPx());
        assertTrue(p2.multiply(d("5")).compareTo(d("150000")) >= 0);
    }

    @Test
    void strictIsolatedRefusesRemovalAndTopsUpToTargetLeverage() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("ANIME", 5, 0, HlMarginMode.STRICT_ISOLATED, 3)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "1000");
        ok(e, new ImportHlPosition(T0, uid, "ANIME", d("100"), d("2"), 2, false, d("100")));
        mark(e, "ANIME", "2");
        Result r = margin(e, 5, -1_000_000, T0);
        assertEquals("Cannot remove isolated margin for this asset. To remove margin, reduce the position.", r.hyperliquidMessage());
        // Target 0.5× on notional 200 = equity 400: adds 300.
        ok(e, new HlAction(T0 + 10, USER, T0 + 1, null, null, new HlActionBody.TopUpIsolatedOnlyMargin(5, d("0.5"))));
        assertEquals(0, view(e, "ANIME", uid).marginUsed().compareTo(d("400")));
        // Already at or below the target: nothing moves.
        String before = e.stateHash();
        ok(e, new HlAction(T0 + 10, USER, T0 + 2, null, null, new HlActionBody.TopUpIsolatedOnlyMargin(5, d("1"))));
        assertEquals(0, view(e, "ANIME", uid).marginUsed().compareTo(d("400")));
        assertNotEquals(before, e.stateHash(), "the nonce is recorded");
    }
}
