package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.*;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.ops.MarkEvent;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.view.BybitPositionView;
import org.junit.jupiter.api.Test;

/**
 * A 1× linear long and a 1× inverse short hold margin equal to their whole value: no positive, finite bankruptcy
 * price, but the maintenance margin still gives a liquidation price (docs/margin-rules.md "1× positions").
 */
class BybitOneTimesTest {

    @Test
    void linearOneTimesLongIsLiquidatedAtTheMarkAndLosesOnlyItsMargin() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "70000");
        mark(e, "BTCUSDT", "60000");
        ok(e, new BybitSetLeverage(T0, uid, BybitCategory.LINEAR, "BTCUSDT", d("1"), d("1")));
        ok(e, new BybitPlaceOrder(T0, uid, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("1"), null, null, false, 0, null));
        BybitPositionView v = e.bybit().view(e.state().account(uid), (org.isomargin.engine.market.BybitMarket) e.state().markets.get("BTCUSDT"), 0);
        // IM = Q·E/L = 60000, fee to close at a bankruptcy price of 0 is 0; liq = E·MMR = 300 (bust 0 + MM/Q).
        assertEquals(0, v.positionIM().compareTo(d("60000")));
        assertNull(v.bustPrice());
        assertEquals("300.0", v.liqPrice().toPlainString());
        Account a = e.state().account(uid);
        BigDecimal afterOpen = d("70000").subtract(d("33")); // open fee 60000 × 0.00055
        assertEquals(0, a.wallet("USDT").compareTo(afterOpen));

        mark(e, "BTCUSDT", "300.1");
        assertTrue(e.bybit().view(a, (org.isomargin.engine.market.BybitMarket) e.state().markets.get("BTCUSDT"), 0).size().signum() > 0);

        Result r = ok(e, new MarkPrices(T0 + 1, List.of(new MarkPrices.Mark("BTCUSDT", d("300.0")))));
        List<MarkEvent> ev = Engine.markEvents(r);
        assertEquals(1, ev.size());
        assertEquals(MarkEvent.Kind.LIQUIDATION, ev.get(0).kind());
        // The account loses exactly its margin; the close is recorded at the mark, 300.0.
        assertEquals(0, a.wallet("USDT").compareTo(afterOpen.subtract(d("60000"))));
        Execution x = a.executions.newestFirst().get(0);
        assertEquals(Execution.Kind.LIQUIDATION, x.kind());
        assertEquals(0, x.price().compareTo(d("300.0")));
        assertEquals(0, x.closedPnl().compareTo(d("-59700")));
        assertEquals(0, x.fee().compareTo(d("0.165")));
        // Insurance keeps margin + gross − fee = 60000 − 59700 − 0.165.
        assertEquals(0, e.state().ledger("USDT").insurance.compareTo(d("299.835")));
        assertEquals(List.of(), e.conservationViolations());
    }

    @Test
    void inverseOneTimesShortIsLiquidatedAtTheMarkAndLosesOnlyItsMargin() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, inverse("ETHUSD", "0.05", "0.0006", 11, "500", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "ETH", "2");
        mark(e, "ETHUSD", "2000");
        ok(e, new BybitSetLeverage(T0, uid, BybitCategory.INVERSE, "ETHUSD", d("1"), d("1")));
        ok(e, new BybitPlaceOrder(T0, uid, BybitCategory.INVERSE, "ETHUSD", -1, "Market", d("2000"), null, null, false, 0, null));
        var m = (org.isomargin.engine.market.BybitMarket) e.state().markets.get("ETHUSD");
        Account a = e.state().account(uid);
        BybitPositionView v = e.bybit().view(a, m, 0);
        // PV = 2000/2000 = 1 ETH = IM; Q/bust = PV·(1 − 1/L) = 0 (infinite bust); Q/liq = PV·MMR → liq = 2000/0.005.
        assertEquals(0, v.positionIM().compareTo(d("1")));
        assertNull(v.bustPrice());
        assertEquals(0, v.liqPrice().compareTo(d("400000")));
        BigDecimal afterOpen = d("2").subtract(d("0.0006")); // open fee 2000 × 0.0006 / 2000

        mark(e, "ETHUSD", "399999.95");
        assertTrue(e.bybit().view(a, m, 0).size().signum() > 0);
        // A gap straight past the liquidation price: closed at that mark.
        Result r = ok(e, new MarkPrices(T0 + 1, List.of(new MarkPrices.Mark("ETHUSD", d("500000")))));
        assertEquals(MarkEvent.Kind.LIQUIDATION, Engine.markEvents(r).get(0).kind());
        assertEquals(0, a.wallet("ETH").compareTo(afterOpen.subtract(d("1"))));
        Execution x = a.executions.newestFirst().get(0);
        assertEquals(0, x.price().compareTo(d("500000")));
        // Short PnL = Q·(1/P − 1/E) = 2000/500000 − 1 = −0.996; fee 2000 × 0.0006 / 500000 = 0.0000024.
        assertEquals(0, x.closedPnl().compareTo(d("-0.996")));
        assertEquals(0, x.fee().compareTo(d("0.0000024")));
        assertEquals(List.of(), e.conservationViolations());
    }
}
