package org.isomargin.hyperliquid.http;

import static org.isomargin.hyperliquid.http.IsolatedMath.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.Grouping;
import org.isomargin.hyperliquid.wire.L1Action;
import org.isomargin.hyperliquid.wire.Order;
import org.isomargin.hyperliquid.wire.OrderRequest;
import org.isomargin.hyperliquid.wire.OrderType;
import org.isomargin.hyperliquid.wire.Tif;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** updateLeverage → IOC open → updateIsolatedMargin add/remove, each checked through /info against the test's own math. */
class ExchangeMarginFlowTest extends ServerTestBase {

    static final String USER = TestKeys.PY_ADDRESS;
    static final String CLOID = "0x00000000000000000000000000000abc";
    World world;

    @BeforeEach
    void fresh() {
        world = World.standard();
        world.account(USER, "10000");
        server.use(world.dialect());
    }

    private DialectServer.Reply send(L1Action action) {
        return send(Signed.USER, action);
    }

    static Order ioc(int asset, boolean buy, String px, String sz, String cloid) {
        return new Order(List.of(new OrderRequest(asset, buy, px, sz, false, new OrderType.Limit(Tif.IOC), cloid)),
                Grouping.NA, null);
    }

    private JsonNode state() {
        return server.info("{\"type\":\"clearinghouseState\",\"user\":\"" + USER.toUpperCase().replace("0X", "0x") + "\"}");
    }

    /** Opens 1 ETH long at 3000, isolated 10×: margin 300, fee 1.35. */
    private void openEthLong() {
        assertOk(send(new UpdateLeverage(1, false, 10)));
        DialectServer.Reply r = send(ioc(1, true, "3100", "1", CLOID));
        assertEquals("{\"status\":\"ok\",\"response\":{\"type\":\"order\",\"data\":{\"statuses\":[{\"filled\":"
                + "{\"totalSz\":\"1.0\",\"avgPx\":\"3000.0\",\"oid\":1,\"cloid\":\"" + CLOID + "\"}}]}}}", r.body());
    }

    private void assertPosition(JsonNode state, IsolatedMath x, String wallet) {
        JsonNode p = state.get("assetPositions").get(0).get("position");
        assertEquals("ETH", p.get("coin").asText());
        assertEquals(print(x.szi()), p.get("szi").asText());
        assertEquals("isolated", p.get("leverage").get("type").asText());
        assertEquals(10, p.get("leverage").get("value").asInt());
        assertEquals(print(x.rawUsd()), p.get("leverage").get("rawUsd").asText());
        assertEquals(print(x.entryPx()), p.get("entryPx").asText());
        assertEquals(print(x.positionValue()), p.get("positionValue").asText());
        assertEquals(print(x.marginUsed()), p.get("marginUsed").asText());
        assertEquals(print(x.liquidationPx()), p.get("liquidationPx").asText());
        assertEquals(50, p.get("maxLeverage").asInt());
        // cross balance = wallet − isolated margin; withdrawable is all of it (no cross positions)
        BigDecimal cross = new BigDecimal(wallet).subtract(x.margin());
        assertEquals(print(cross), state.get("withdrawable").asText());
        JsonNode crossSummary = state.get("crossMarginSummary");
        assertEquals(print(cross), crossSummary.get("accountValue").asText());
        assertEquals(print(cross), crossSummary.get("totalRawUsd").asText());
        assertEquals("0.0", crossSummary.get("totalNtlPos").asText());
        JsonNode total = state.get("marginSummary");
        assertEquals(print(cross.add(x.rawUsd())), total.get("totalRawUsd").asText());
        assertEquals(print(cross.add(x.marginUsed())), total.get("accountValue").asText());
        assertEquals(print(x.positionValue()), total.get("totalNtlPos").asText());
        assertEquals(print(x.marginUsed()), total.get("totalMarginUsed").asText());
    }

    @Test
    void iocOrderOpensAnIsolatedPosition() {
        openEthLong();
        JsonNode s = state();
        assertPosition(s, IsolatedMath.of("1", "3000", "300", "3000", 50), "9998.65");
        assertEquals("-2700.0", s.get("assetPositions").get(0).get("position").get("leverage").get("rawUsd").asText());
        assertEquals("oneWay", s.get("assetPositions").get(0).get("type").asText());
    }

    @Test
    void addThenRemoveIsolatedMargin() {
        openEthLong();
        assertOk(send(new UpdateIsolatedMargin(1, true, 100_000_000)));
        assertPosition(state(), IsolatedMath.of("1", "3000", "400", "3000", 50), "9998.65");
        assertEquals("2626.26262626", state().get("assetPositions").get(0).get("position").get("liquidationPx").asText());

        // floor = max(3000/10, 10 % of 3000) = 300, equity 400: 100 is removable, not a micro-USDC more
        assertErr("Position does not have sufficient margin for reduction.",
                send(new UpdateIsolatedMargin(1, true, -100_000_001)));
        assertOk(send(new UpdateIsolatedMargin(1, false, -40_000_000))); // isBuy has no effect
        assertPosition(state(), IsolatedMath.of("1", "3000", "360", "3000", 50), "9998.65");

        // unrealised profit is removable down to the floor: mark 3100 → equity 460, floor 310
        world.marks("ETH", "3100");
        assertErr("Position does not have sufficient margin for reduction.",
                send(new UpdateIsolatedMargin(1, true, -150_000_001)));
        assertOk(send(new UpdateIsolatedMargin(1, true, -150_000_000)));
        assertPosition(state(), IsolatedMath.of("1", "3000", "210", "3100", 50), "9998.65");
    }

    @Test
    void marginActionRefusals() {
        assertErr("Cannot update margin for empty position.", send(new UpdateIsolatedMargin(1, true, 1_000_000)));
        openEthLong();
        assertErr("Update to isolated margin cannot be zero.", send(new UpdateIsolatedMargin(1, true, 0)));
        assertErr("Account does not have sufficient margin available for increase.",
                send(new UpdateIsolatedMargin(1, true, 9_998_650_001L)));
        assertErr("Invalid leverage value", send(new UpdateLeverage(1, false, 51)));
        assertErr("Cannot switch leverage type with open position.", send(new UpdateLeverage(1, true, 10)));
        assertOk(send(new UpdateLeverage(1, false, 10))); // unchanged settings are a plain success
    }

    @Test
    void orderStatusesAreOnePerOrderInOrder() {
        Order two = new Order(List.of(
                new OrderRequest(1, true, "3100", "0.5", false, new OrderType.Limit(Tif.IOC), null),
                new OrderRequest(1, true, "2900", "0.5", false, new OrderType.Limit(Tif.IOC), null),
                new OrderRequest(7, true, "1", "1", false, new OrderType.Limit(Tif.GTC), null)),
                Grouping.NA, null);
        JsonNode statuses = send(two).json().get("response").get("data").get("statuses");
        assertEquals(3, statuses.size());
        assertEquals("0.5", statuses.get(0).get("filled").get("totalSz").asText());
        assertEquals("Order could not immediately match against any resting orders. asset=1",
                statuses.get(1).get("error").asText());
        assertTrue(statuses.get(2).has("error"));
    }

    @Test
    void historiesShowTheFillAndEachMarginChange() {
        openEthLong();
        assertOk(send(new UpdateIsolatedMargin(1, true, 10_000_000)));
        assertOk(send(new UpdateIsolatedMargin(1, true, -2_500_000)));
        JsonNode fills = server.info("{\"type\":\"userFills\",\"user\":\"" + USER + "\"}");
        assertEquals(1, fills.size());
        JsonNode f = fills.get(0);
        assertEquals("{\"coin\":\"ETH\",\"px\":\"3000.0\",\"sz\":\"1.0\",\"side\":\"B\",\"time\":" + World.T0
                + ",\"startPosition\":\"0.0\",\"dir\":\"Open Long\",\"closedPnl\":\"0.0\",\"hash\":\""
                + HistoryJson.ZERO_HASH + "\",\"oid\":1,\"crossed\":true,\"fee\":\"1.35\",\"tid\":1,"
                + "\"feeToken\":\"USDC\"}", f.toString());
        JsonNode ledger = server.info("{\"type\":\"userNonFundingLedgerUpdates\",\"user\":\"" + USER + "\"}");
        assertEquals(3, ledger.size());
        assertEquals("{\"type\":\"deposit\",\"usdc\":\"10000.0\"}", ledger.get(0).get("delta").toString());
        assertEquals("{\"type\":\"isolatedMargin\",\"coin\":\"ETH\",\"usdc\":\"10.0\"}", ledger.get(1).get("delta").toString());
        assertEquals("{\"type\":\"isolatedMargin\",\"coin\":\"ETH\",\"usdc\":\"-2.5\"}", ledger.get(2).get("delta").toString());
    }
}
