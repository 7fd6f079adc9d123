package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.command.ImportHlPosition;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.junit.jupiter.api.Test;

/** The DOCS clearinghouseState example of hyperliquid.md §4.3, reproduced through POST /info to the last digit. */
class DocsClearinghouseExampleTest extends ServerTestBase {

    @Test
    void isolatedLongReproducesTheDocumentedState() {
        World world = new World();
        world.market("ETH", 0, 4, HlMarginMode.NORMAL, List.of(World.tier("0", 50)));
        // cross USDC 13104.514502 plus the 4.981226 the isolated position holds (the engine's wallet includes it)
        long uid = world.account(TestKeys.PY_ADDRESS, "13109.495728");
        world.ok(new ImportHlPosition(World.T0, uid, "ETH", new BigDecimal("0.0335"), new BigDecimal("2986.3"), 20,
                false, new BigDecimal("4.981226")));
        world.marks("ETH", "2985.9");
        server.use(world.dialect());

        JsonNode state = state(TestKeys.PY_ADDRESS);
        JsonNode p = state.get("assetPositions").get(0).get("position");
        BigDecimal liq = new BigDecimal(p.get("liquidationPx").asText());
        assertTrue(liq.subtract(new BigDecimal("2866.2694")).abs().compareTo(new BigDecimal("0.00005")) < 0, liq.toPlainString());
        // independent closed form of §5.5
        assertEquals(IsolatedMath.of("0.0335", "2986.3", "4.981226", "2985.9", 50).liquidationPx(), liq);

        String expected = "{\"marginSummary\":{\"accountValue\":\"13109.482328\",\"totalNtlPos\":\"100.02765\","
                + "\"totalRawUsd\":\"13009.454678\",\"totalMarginUsed\":\"4.967826\"},"
                + "\"crossMarginSummary\":{\"accountValue\":\"13104.514502\",\"totalNtlPos\":\"0.0\","
                + "\"totalRawUsd\":\"13104.514502\",\"totalMarginUsed\":\"0.0\"},"
                + "\"crossMaintenanceMarginUsed\":\"0.0\",\"withdrawable\":\"13104.514502\","
                + "\"assetPositions\":[{\"type\":\"oneWay\",\"position\":{\"coin\":\"ETH\",\"szi\":\"0.0335\","
                + "\"leverage\":{\"type\":\"isolated\",\"value\":20,\"rawUsd\":\"-95.059824\"},\"entryPx\":\"2986.3\","
                + "\"positionValue\":\"100.02765\",\"unrealizedPnl\":\"-0.0134\",\"returnOnEquity\":\"-0.0026789\","
                + "\"liquidationPx\":\"" + liq.toPlainString() + "\",\"marginUsed\":\"4.967826\",\"maxLeverage\":50,"
                + "\"cumFunding\":{\"allTime\":\"0.0\",\"sinceOpen\":\"0.0\",\"sinceChange\":\"0.0\"}}}],"
                + "\"time\":" + World.T0 + "}";
        assertEquals(expected, server.post("/info", "{\"type\":\"clearinghouseState\",\"user\":\""
                + TestKeys.PY_ADDRESS + "\",\"dex\":\"\"}").body());
    }
}
