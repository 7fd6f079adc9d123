package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import org.isomargin.engine.command.*;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.junit.jupiter.api.Test;

/** A Bybit orderLinkId is unique per account: a retried order is refused with 110072 and changes nothing. */
class BybitOrderLinkIdTest {

    private static BybitPlaceOrder buy(long uid, String linkId) {
        return new BybitPlaceOrder(T0, uid, BybitCategory.LINEAR, "BTCUSDT", 1, "Market", d("0.5"), null, null, false, 0, linkId);
    }

    @Test
    void resendingTheSameOrderLinkIdIsRefusedAndDoesNotFillAgain() {
        Engine e = new Engine();
        ok(e, new PutMarket(T0, linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.005", "100")));
        long uid = account(e, null);
        long other = account(e, "0x1111111111111111111111111111111111111111");
        deposit(e, uid, "USDT", "100000");
        deposit(e, other, "USDT", "100000");
        mark(e, "BTCUSDT", "60000");
        ok(e, buy(uid, "bot-retry-1"));
        String before = e.stateHash();
        Result again = e.apply(buy(uid, "bot-retry-1"));
        assertEquals(ResultCode.ORDER_LINK_ID_DUPLICATE, again.code());
        assertEquals(110072, again.code().bybitCode());
        assertEquals("OrderLinkedID is duplicate", again.code().bybitMsg());
        assertEquals(before, e.stateHash());
        assertEquals(0, e.state().account(uid).bybitPositions.get("BTCUSDT")[0].size.compareTo(d("0.5")));

        // Still refused after a snapshot round trip (replay from a snapshot must keep the rule).
        Engine restored = Engine.restore(e.snapshot());
        assertEquals(ResultCode.ORDER_LINK_ID_DUPLICATE, restored.apply(buy(uid, "bot-retry-1")).code());
        // Unique per account, and orders without a link id are never refused for it.
        ok(e, buy(other, "bot-retry-1"));
        ok(e, buy(uid, null));
        ok(e, buy(uid, null));
        ok(e, buy(uid, "bot-retry-2"));
    }
}
