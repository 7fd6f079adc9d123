package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.Test;

/**
 * Bybit cross (REGULAR_MARGIN, or a symbol switched to cross) positions would never be liquidated: the engine
 * margins isolated positions only, so opening one is refused and changes nothing (docs/margin-rules.md).
 */
class BybitCrossAccountTest {

    private static void refusedUnchanged(Engine e, Command c) {
        String before = e.stateHash();
        Result r = e.apply(c);
        assertEquals(ResultCode.CROSS_NOT_SUPPORTED, r.code(), c.toString());
        assertEquals(10001, r.code().bybitCode());
        assertEquals(before, e.stateHash());
    }

    @Test
    void noPositionCanBeOpenedInCross() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        ok(e, new PutMarket(T0, inverse("ETHUSD", "0.05", "0.0006", 11, "500", "0.005", "100")));
        mark(e, "BTCUSDT", "60000");
        mark(e, "ETHUSD", "2000");
        long cross = ((Account) ok(e, new CreateAccount(T0, null, BybitMarginMode.REGULAR_MARGIN)).payload()).uid;
        deposit(e, cross, "USDT", "10000");
        deposit(e, cross, "ETH", "1");
        refusedUnchanged(e, new BybitPlaceOrder(T0, cross, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("0.1"), null, null, false, 0, null));
        refusedUnchanged(e, new BybitPlaceOrder(T0, cross, BybitCategory.INVERSE, "ETHUSD", -1, "Market", d("100"), null, null, false, 0, null));
        refusedUnchanged(e, new Fill(T0, cross, "BTCUSDT", 0, -1, d("0.1"), d("60000"), null));
        refusedUnchanged(e, new ImportBybitPosition(T0, cross, "BTCUSDT", 0, 1, d("0.1"), d("60000"), d("10"), BigDecimal.ZERO, null));

        // An isolated account switching one symbol to cross (deprecated switch-isolated) gets the same answer there only.
        long iso = account(e, null);
        deposit(e, iso, "USDT", "10000");
        ok(e, new BybitSwitchIsolated(T0, iso, BybitCategory.LINEAR, "BTCUSDT", false, d("10"), d("10")));
        refusedUnchanged(e, new BybitPlaceOrder(T0, iso, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("0.1"), null, null, false, 0, null));
        ok(e, new BybitSwitchIsolated(T0, iso, BybitCategory.LINEAR, "BTCUSDT", true, d("10"), d("10")));
        ok(e, new BybitPlaceOrder(T0, iso, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("0.1"), null, null, false, 0, null));
    }
}
