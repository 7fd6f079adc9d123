package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.ops.MarkEvent;
import org.isomargin.engine.position.HlPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 7: a cross long (deposit 100, 5 @ 100, 10×) must show a liquidation price and be liquidated at the
 * mark once the cross account value is below the cross maintenance margin. Expected figures come from the venue's
 * formula liq = price − side·margin_available/size/(1 − l·side) with l = 1/(2·maxLeverage) (hyperliquid.md §5.5).
 */
class HlCrossLiquidationTest {
    static final String USER = "0x14791697260e4c9a71f18484c9f997b308e59325";
    static final BigDecimal TAKER = d("0.00045");

    /** maxLeverage 10, so MMR = 1/20 = 5 %; the position is opened at the mark with no fee to keep figures round. */
    private static Engine world() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, hl("BTC", 0, 5, HlMarginMode.NORMAL, 10)));
        long uid = account(e, USER);
        deposit(e, uid, "USDC", "100");
        mark(e, "BTC", "100");
        ok(e, new HlAction(T0, USER, T0, null, null, new HlActionBody.UpdateLeverage(0, true, 10)));
        ok(e, new Fill(T0, uid, "BTC", 0, 1, d("5"), d("100"), BigDecimal.ZERO));
        return e;
    }

    private static Account user(Engine e) { return e.state().accountByAddress(USER); }

    private static HlPosition pos(Engine e) { return user(e).hlPositions.get("BTC"); }

    /** Venue formula: price − side·(accountValue − MM)/size/(1 − l·side), at mark 100. */
    private static BigDecimal venueLiq() {
        BigDecimal l = d("0.05"), size = d("5"), av = d("100"), mm = size.multiply(d("100")).multiply(l);
        return d("100").subtract(av.subtract(mm).divide(size, 30, RoundingMode.HALF_UP)
                .divide(BigDecimal.ONE.subtract(l), 30, RoundingMode.HALF_UP)).setScale(8, RoundingMode.HALF_UP);
    }

    @Test
    void crossPositionShowsTheVenueLiquidationPrice() {
        Engine e = world();
        assertTrue(pos(e).cross);
        BigDecimal liq = e.views().hl((HyperliquidMarket) e.state().markets.get("BTC"), pos(e)).liquidationPx();
        assertNotNull(liq);
        assertEquals(0, venueLiq().compareTo(liq), liq.toPlainString()); // 84.21052632
    }

    @Test
    void aboveTheLiquidationPriceNothingHappens() {
        Engine e = world();
        var ev = Engine.markEvents(ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", d("84.3"))))));
        assertEquals(List.of(), ev);
        assertTrue(pos(e).isOpen());
    }

    @Test
    void belowMaintenanceTheAccountIsLiquidatedAtTheMark() {
        Engine e = world();
        // at 84.2: account value 100 + 5·(84.2 − 100) = 21.0 < MM 5·84.2·0.05 = 21.05
        List<MarkEvent> ev = Engine.markEvents(ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", d("84.2"))))));
        assertEquals(1, ev.size());
        assertEquals(MarkEvent.Kind.LIQUIDATION, ev.get(0).kind());
        assertFalse(pos(e).isOpen());
        BigDecimal fee = d("5").multiply(d("84.2")).multiply(TAKER).setScale(6, RoundingMode.UP);
        BigDecimal expected = d("100").add(d("5").multiply(d("84.2").subtract(d("100")))).subtract(fee);
        assertEquals(0, expected.compareTo(user(e).wallet("USDC")), user(e).wallet("USDC").toPlainString());
        assertEquals(List.of(), e.conservationViolations());
    }

    @Test
    void aDeepMarkCostsTheAccountAtMostItsBalanceAndTheFundTakesTheRest() {
        Engine e = world();
        BigDecimal insuranceBefore = e.state().ledger("USDC").insurance;
        ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", d("70")))));
        assertFalse(pos(e).isOpen());
        assertEquals(0, user(e).wallet("USDC").signum(), "the account loses its 100 and no more");
        // loss 150 + fee 0.1575, of which the account paid 100
        BigDecimal shortfall = d("150").add(d("5").multiply(d("70")).multiply(TAKER)).subtract(d("100"));
        assertEquals(0, shortfall.negate().compareTo(e.state().ledger("USDC").insurance.subtract(insuranceBefore)));
        assertEquals(List.of(), e.conservationViolations());
    }

    @Test
    void isolatedMarginIsNotTakenByACrossLiquidation() {
        Engine e = world();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        deposit(e, user(e).uid, "USDC", "50");
        mark(e, "ETH", "2000");
        ok(e, new ImportHlPosition(T0, user(e).uid, "ETH", d("0.1"), d("2000"), 5, false, d("40")));
        ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", d("50")))));
        assertFalse(pos(e).isOpen());
        assertTrue(user(e).hlPositions.get("ETH").isOpen());
        assertEquals(0, d("40").compareTo(user(e).wallet("USDC")), "only the isolated 40 is left");
        assertEquals(List.of(), e.conservationViolations());
    }

    @Test
    void theLiquidationPriceHoldsTheOtherCrossPositionsFixed() {
        Engine e = world();
        ok(e, new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25)));
        mark(e, "ETH", "2000");
        ok(e, new HlAction(T0, USER, T0 + 1, null, null, new HlActionBody.UpdateLeverage(1, true, 20)));
        ok(e, new Fill(T0, user(e).uid, "ETH", 0, -1, d("0.1"), d("2000"), BigDecimal.ZERO));
        // ETH short 0.1 at 2000, MMR 2 %: MM_eth = 4. BTC: 100 + 5(x − 100) = 0.25x + 4 → x = 404/4.75
        BigDecimal expected = d("404").divide(d("4.75"), 8, RoundingMode.HALF_UP);
        BigDecimal liq = e.views().hl((HyperliquidMarket) e.state().markets.get("BTC"), pos(e)).liquidationPx();
        assertEquals(0, expected.compareTo(liq), liq.toPlainString());
        BigDecimal above = expected.add(d("0.01")).setScale(2, RoundingMode.DOWN).add(d("0.01"));
        ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", above))));
        assertTrue(pos(e).isOpen());
        ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", expected.setScale(2, RoundingMode.DOWN)))));
        assertFalse(pos(e).isOpen());
        assertFalse(user(e).hlPositions.get("ETH").isOpen(), "every cross position closes");
        assertEquals(List.of(), e.conservationViolations());
    }

    @Test
    void aRestoredEngineStillLiquidatesCrossAccounts() {
        Engine e = Engine.restore(world().snapshot());
        ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark("BTC", d("84.2")))));
        assertFalse(pos(e).isOpen());
    }
}
