package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.TopUpIsolatedOnlyMargin;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** topUpIsolatedOnlyMargin on strict-isolated ANIME (asset 2, 3×), NK's own testnet scenario with leverage "0.5". */
class StrictIsolatedTopUpTest extends ServerTestBase {

    static final String USER = TestKeys.PY_ADDRESS;

    @BeforeEach
    void fresh() {
        World world = World.standard();
        world.account(USER, "1000");
        server.use(world.dialect());
    }

    private JsonNode position() {
        return state(USER).get("assetPositions").get(0).get("position");
    }

    @Test
    void topsUpToTheTargetLeverage() {
        assertErr("Cross margin is not allowed for this asset.", send(Signed.USER, new UpdateLeverage(2, true, 3)));
        assertOk(send(Signed.USER, new UpdateLeverage(2, false, 3)));
        assertEquals("100.0", send(Signed.USER, ExchangeMarginFlowTest.ioc(2, true, "2.1", "100", null))
                .json().get("response").get("data").get("statuses").get(0).get("filled").get("totalSz").asText());
        // 100 × 2 / 3 rounded up to the micro-USDC
        assertEquals("66.666667", position().get("marginUsed").asText());

        // target equity = notional / leverage = 200 / 0.5 = 400
        assertOk(send(Signed.USER, new TopUpIsolatedOnlyMargin(2, "0.5")));
        assertEquals("400.0", position().get("marginUsed").asText());
        assertEquals("200.0", position().get("leverage").get("rawUsd").asText());
        // already at or below the target leverage: nothing moves, still ok
        assertOk(send(Signed.USER, new TopUpIsolatedOnlyMargin(2, "1.0")));
        assertEquals("400.0", position().get("marginUsed").asText());

        assertErr("Cannot remove isolated margin for this asset. To remove margin, reduce the position.",
                send(Signed.USER, new UpdateIsolatedMargin(2, true, -1_000_000)));
        assertErr("Asset not strict isolated", send(Signed.USER, new TopUpIsolatedOnlyMargin(1, "2")));
    }
}
