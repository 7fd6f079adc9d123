package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.command.SetFeeRate;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every /info type, with the fields ccxt, NK and PY read (CLIENTS.md §4.3). */
class InfoEndpointTest extends ServerTestBase {

    static final String USER = TestKeys.PY_ADDRESS;
    World world;
    long uid;

    @BeforeEach
    void fresh() {
        world = World.standard();
        uid = world.account(USER, "1000");
        server.use(world.dialect());
    }

    private JsonNode info(String type) {
        return server.info("{\"type\":\"" + type + "\"}");
    }

    private JsonNode userInfo(String type, String user) {
        return server.info("{\"type\":\"" + type + "\",\"user\":\"" + user + "\"}");
    }

    private void openEth() {
        assertOk(send(Signed.USER, new UpdateLeverage(1, false, 10)));
        send(Signed.USER, ExchangeMarginFlowTest.ioc(1, true, "3100", "0.5", null));
    }

    @Test
    void meta() {
        JsonNode meta = info("meta");
        assertEquals("{\"name\":\"BTC\",\"szDecimals\":5,\"maxLeverage\":40,\"marginTableId\":1000}",
                meta.get("universe").get(0).toString());
        assertEquals("{\"name\":\"ETH\",\"szDecimals\":4,\"maxLeverage\":50,\"marginTableId\":50}",
                meta.get("universe").get(1).toString());
        assertEquals("{\"name\":\"ANIME\",\"szDecimals\":0,\"maxLeverage\":3,\"marginTableId\":3,\"onlyIsolated\":true,"
                + "\"marginMode\":\"strictIsolated\"}", meta.get("universe").get(2).toString());
        assertEquals("[[3,{\"description\":\"\",\"marginTiers\":[{\"lowerBound\":\"0.0\",\"maxLeverage\":3}]}],"
                + "[50,{\"description\":\"\",\"marginTiers\":[{\"lowerBound\":\"0.0\",\"maxLeverage\":50}]}],"
                + "[1000,{\"description\":\"tiered 40x\",\"marginTiers\":[{\"lowerBound\":\"0.0\",\"maxLeverage\":40},"
                + "{\"lowerBound\":\"150000000.0\",\"maxLeverage\":20}]}]]", meta.get("marginTables").toString());
        assertEquals(0, meta.get("collateralToken").asInt());
        assertEquals(meta, server.info("{\"type\":\"meta\",\"dex\":\"\"}"));
    }

    @Test
    void unusedAssetIdsAreFilledSoIndexStaysTheAssetId() {
        World gappy = new World();
        gappy.market("SOL", 2, 2, HlMarginMode.NO_CROSS, List.of(World.tier("0", 10)));
        server.use(gappy.dialect());
        JsonNode universe = info("meta").get("universe");
        assertEquals(3, universe.size());
        assertEquals("{\"name\":\"UNUSED0\",\"szDecimals\":0,\"maxLeverage\":1,\"marginTableId\":1,\"isDelisted\":true}",
                universe.get(0).toString());
        assertEquals("SOL", universe.get(2).get("name").asText());
        assertEquals("noCross", universe.get(2).get("marginMode").asText());
        JsonNode ctxs = info("metaAndAssetCtxs").get(1);
        assertEquals(3, ctxs.size());
        assertTrue(ctxs.get(2).get("midPx").isNull(), "no mark yet: empty book");
        assertEquals("0.0", ctxs.get(2).get("markPx").asText());
    }

    @Test
    void metaAndAssetCtxs() {
        openEth();
        JsonNode both = info("metaAndAssetCtxs");
        assertEquals(info("meta"), both.get(0));
        JsonNode eth = both.get(1).get(1);
        assertEquals("{\"funding\":\"0.0\",\"openInterest\":\"0.5\",\"prevDayPx\":\"3000.0\",\"dayNtlVlm\":\"0.0\","
                + "\"premium\":\"0.0\",\"oraclePx\":\"3000.0\",\"markPx\":\"3000.0\",\"midPx\":\"3000.0\","
                + "\"impactPxs\":[\"3000.0\",\"3000.0\"],\"dayBaseVlm\":\"0.0\"}", eth.toString());
        assertEquals(3, both.get(1).size());
    }

    @Test
    void spotAndFixedAnswers() {
        JsonNode spot = info("spotMeta");
        assertEquals("USDC", spot.get("tokens").get(0).get("name").asText());
        for (int i = 0; i < spot.get("tokens").size(); i++) {
            assertEquals(i, spot.get("tokens").get(i).get("index").asInt());
        }
        assertEquals("[1,0]", spot.get("universe").get(0).get("tokens").toString());
        JsonNode spotCtxs = info("spotMetaAndAssetCtxs");
        assertEquals(spot, spotCtxs.get(0));
        assertEquals("PURR/USDC", spotCtxs.get(1).get(0).get("coin").asText());
        assertEquals("[null]", info("perpDexs").toString());
        assertEquals("\"disabled\"", userInfo("userAbstraction", USER).toString());
        assertEquals("[]", userInfo("openOrders", USER).toString());
        assertEquals("[]", userInfo("frontendOpenOrders", USER).toString());
        assertEquals("{\"balances\":[]}", userInfo("spotClearinghouseState", USER).toString());
        assertEquals("0", server.info("{\"type\":\"maxBuilderFee\",\"user\":\"" + USER + "\",\"builder\":\"0x01\"}").toString());
    }

    @Test
    void allMids() {
        assertEquals("{\"BTC\":\"60000.0\",\"ETH\":\"3000.0\",\"ANIME\":\"2.0\"}", info("allMids").toString());
    }

    @Test
    void clearinghouseStateOfAnUnknownUserIsEmpty() {
        String empty = "{\"accountValue\":\"0.0\",\"totalNtlPos\":\"0.0\",\"totalRawUsd\":\"0.0\",\"totalMarginUsed\":\"0.0\"}";
        assertEquals("{\"marginSummary\":" + empty + ",\"crossMarginSummary\":" + empty
                + ",\"crossMaintenanceMarginUsed\":\"0.0\",\"withdrawable\":\"0.0\",\"assetPositions\":[],\"time\":"
                + World.T0 + "}", userInfo("clearinghouseState", TestKeys.VAULT).toString());
        // ccxt sends the checksummed form, and a bare address without 0x is the same user
        JsonNode mine = userInfo("clearinghouseState", "14791697260E4c9A71f18484C9f997B308e59325");
        assertEquals("1000.0", mine.get("withdrawable").asText());
    }

    @Test
    void crossPositionHasNoRawUsd() {
        assertOk(send(Signed.USER, new UpdateLeverage(1, true, 5)));
        send(Signed.USER, ExchangeMarginFlowTest.ioc(1, true, "3100", "0.1", null));
        JsonNode s = userInfo("clearinghouseState", USER);
        JsonNode p = s.get("assetPositions").get(0).get("position");
        assertEquals("{\"type\":\"cross\",\"value\":5}", p.get("leverage").toString());
        assertEquals("60.0", p.get("marginUsed").asText()); // 300 / 5
        assertTrue(p.get("liquidationPx").isNull());
        // wallet 1000 − fee 0.135; cross rawUsd = 999.865 − 0.1·3000
        assertEquals("699.865", s.get("crossMarginSummary").get("totalRawUsd").asText());
        assertEquals("999.865", s.get("crossMarginSummary").get("accountValue").asText());
        assertEquals("300.0", s.get("crossMarginSummary").get("totalNtlPos").asText());
        assertEquals("3.0", s.get("crossMaintenanceMarginUsed").asText()); // 300 × 1/(2·50)
        assertEquals("939.865", s.get("withdrawable").asText()); // − max(IM 60, 10 % of 300)
    }

    @Test
    void userRole() {
        assertEquals("{\"role\":\"user\"}", userInfo("userRole", USER).toString());
        assertEquals("{\"role\":\"missing\"}", userInfo("userRole", TestKeys.VAULT).toString());
        String vault = world.subAccount(uid, "fund", true).address;
        assertEquals("{\"role\":\"vault\"}", userInfo("userRole", vault).toString());
        assertTrue(userInfo("subAccounts", USER).isNull(), "a vault is no sub-account");
    }

    @Test
    void subAccountsIsNullWithoutAny() {
        assertTrue(userInfo("subAccounts", USER).isNull());
        assertTrue(userInfo("subAccounts", TestKeys.VAULT).isNull());
    }

    @Test
    void userFees() {
        JsonNode fees = userInfo("userFees", USER);
        assertEquals("0.00045", fees.get("userCrossRate").asText());
        assertEquals("0.00015", fees.get("userAddRate").asText());
        assertEquals("0.00045", fees.get("feeSchedule").get("cross").asText());
        assertEquals("[]", fees.get("dailyUserVlm").toString());
        world.ok(new SetFeeRate(World.T0, uid, "BTC", new BigDecimal("0.0003"), new BigDecimal("0.0001")));
        fees = userInfo("userFees", USER);
        assertEquals("0.0003", fees.get("userCrossRate").asText());
        assertEquals("0.0001", fees.get("userAddRate").asText());
        assertEquals("0.00045", fees.get("feeSchedule").get("cross").asText());
    }

    @Test
    void userFillsAndTimeWindows() {
        openEth();
        world.clock.set(World.T0 + 1000);
        send(Signed.USER, ExchangeMarginFlowTest.ioc(1, false, "2900", "0.7", null));
        JsonNode fills = userInfo("userFills", USER);
        assertEquals(2, fills.size());
        assertEquals("Long > Short", fills.get(0).get("dir").asText()); // newest first
        assertEquals("A", fills.get(0).get("side").asText());
        assertEquals("0.5", fills.get(0).get("startPosition").asText());
        assertEquals("Open Long", fills.get(1).get("dir").asText());
        JsonNode late = server.info("{\"type\":\"userFillsByTime\",\"user\":\"" + USER + "\",\"startTime\":"
                + (World.T0 + 1) + "}");
        assertEquals(1, late.size());
        JsonNode early = server.info("{\"type\":\"userFillsByTime\",\"user\":\"" + USER + "\",\"startTime\":0,\"endTime\":"
                + World.T0 + "}");
        assertEquals(1, early.size());
        assertEquals("[]", userInfo("userFills", TestKeys.VAULT).toString());
        JsonNode ledger = server.info("{\"type\":\"userNonFundingLedgerUpdates\",\"user\":\"" + USER + "\",\"startTime\":"
                + (World.T0 + 1) + "}");
        assertFalse(ledger.toString().contains("deposit"), ledger.toString());
    }

    @Test
    void everyTypeAnswersJson() {
        for (String type : InfoRequest.TYPES) {
            String body = "{\"type\":\"" + type + "\",\"user\":\"" + USER + "\",\"startTime\":0}";
            DialectServer.Reply r = server.post("/info", body);
            assertEquals(200, r.status(), type + " " + r.body());
            assertEquals("application/json", r.contentType(), type);
            r.json();
        }
    }
}
