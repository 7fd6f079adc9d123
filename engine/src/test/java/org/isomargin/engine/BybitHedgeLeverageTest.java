package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.view.BybitPositionView;
import org.junit.jupiter.api.Test;

/** Hedge-mode set-leverage recomputes only the side whose leverage changes (docs/margin-rules.md "set-leverage"). */
class BybitHedgeLeverageTest {

    @Test
    void changingOnlySellLeverageLeavesTheLongAndItsExtraMarginAlone() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long uid = account(e, null);
        deposit(e, uid, "USDT", "100000");
        mark(e, "BTCUSDT", "60000");
        ok(e, new BybitSwitchMode(T0, uid, BybitCategory.LINEAR, "BTCUSDT", null, true));
        ok(e, new BybitPlaceOrder(T0, uid, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("1"), null, null, false, 1, null));
        ok(e, new BybitPlaceOrder(T0, uid, BybitCategory.LINEAR, "BTCUSDT", -1, "Market", d("1"), null, null, false, 2, null));
        ok(e, new BybitAddMargin(T0, uid, BybitCategory.LINEAR, "BTCUSDT", 1, d("1000")));
        var a = e.state().account(uid);
        var m = (BybitMarket) e.state().markets.get("BTCUSDT");
        BybitPositionView longBefore = e.bybit().view(a, m, 1);

        ok(e, new BybitSetLeverage(T0 + 1, uid, BybitCategory.LINEAR, "BTCUSDT", d("10"), d("5")));

        BybitPositionView longAfter = e.bybit().view(a, m, 1);
        assertEquals(longBefore.positionIM(), longAfter.positionIM());
        assertEquals(longBefore.bustPrice(), longAfter.bustPrice());
        assertEquals(longBefore.liqPrice(), longAfter.liqPrice());
        assertEquals(0, e.state().account(uid).bybitPositions.get("BTCUSDT")[1].extraMargin.compareTo(d("1000")));
        assertEquals(0, longAfter.leverage().compareTo(d("10")));
        // The short is recomputed at 5×: IM0 + fee0 = Q·E/L + Q·E·(L+1)·f/L = 12000 + 60000·6·0.00055/5 = 12039.6.
        BybitPositionView shortAfter = e.bybit().view(a, m, 2);
        assertEquals(0, shortAfter.positionIM().compareTo(d("12039.6")));
        assertEquals(0, shortAfter.leverage().compareTo(d("5")));
    }
}
