package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator API of operator-api.md against a real server on loopback. */
class OperatorApiTest {
    static final String TOKEN = "test-operator-token";
    @TempDir
    static Path dir;
    static IsomarginServer server;
    static OperatorClient op;

    @BeforeAll
    static void start() throws Exception {
        server = IsomarginServer.start(ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir), System::currentTimeMillis, TOKEN);
        op = new OperatorClient(server.adminPort(), TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String hash() { return op.get("/admin/state-hash").text("stateHash"); }

    @Test
    void healthAndTokenRules() {
        assertEquals("ok", new OperatorClient(server.adminPort(), null).get("/admin/health").text("status"));
        String before = hash();
        var noToken = new OperatorClient(server.adminPort(), null).post("/admin/accounts", "{}");
        assertEquals(401, noToken.status());
        assertEquals("unauthorized", noToken.text("error"));
        assertEquals(401, new OperatorClient(server.adminPort(), "wrong").post("/admin/accounts", "{}").status());
        assertEquals(before, hash());
    }

    @Test
    void defaultMarketsAreServed() {
        var r = op.get("/admin/markets");
        assertEquals(200, r.status());
        var symbols = new java.util.HashSet<String>();
        r.get("markets").forEach(m -> symbols.add(m.get("symbol").asText()));
        assertTrue(symbols.containsAll(java.util.List.of("BTCUSDT", "ETHUSDT", "XRPUSDT", "BTCUSD", "ETHUSD", "BTC", "ETH", "SOL", "ANIME")), symbols.toString());
        r.get("markets").forEach(m -> {
            if (m.get("symbol").asText().equals("ANIME")) assertEquals("strictIsolated", m.get("marginMode").asText());
        });
    }

    @Test
    void accountsKeysAndMoney() {
        var acct = op.post("/admin/accounts", "{\"address\":\"0xAbCdEf0123456789abcdef0123456789ABCDEF01\"}");
        assertEquals(200, acct.status());
        long uid = acct.get("uid").asLong();
        assertEquals("0xabcdef0123456789abcdef0123456789abcdef01", acct.text("address"));
        // The same address twice is refused.
        assertEquals(409, op.post("/admin/accounts", "{\"address\":\"0xabcdef0123456789abcdef0123456789abcdef01\"}").status());
        var key = op.post("/admin/accounts/" + uid + "/api-keys", "{\"readOnly\":false}");
        assertEquals(200, key.status());
        assertFalse(key.text("apiKey").isEmpty());
        assertEquals(36, key.text("apiSecret").length());
        var dep = op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"1000\",\"txId\":\"t-1\"}");
        assertEquals("1000", dep.text("walletBalance"));
        // A repeated txId is applied once.
        assertEquals("1000", op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"1000\",\"txId\":\"t-1\"}").text("walletBalance"));
        assertEquals("1250.5", op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"250.5\"}").text("walletBalance"));
        String before = hash();
        var tooMuch = op.post("/admin/accounts/" + uid + "/withdrawals", "{\"coin\":\"USDT\",\"amount\":\"1250.51\"}");
        assertEquals(409, tooMuch.status());
        assertEquals("insufficient_available", tooMuch.text("error"));
        assertEquals(before, hash());
        assertEquals("0.5", op.post("/admin/accounts/" + uid + "/withdrawals", "{\"coin\":\"USDT\",\"amount\":\"1250\"}").text("walletBalance"));
        for (String bad : new String[]{"{\"coin\":\"USDT\",\"amount\":\"-1\"}", "{\"coin\":\"USDT\",\"amount\":1e3}", "{\"coin\":\"USDT\"}",
                "{\"coin\":\"USDT\",\"amount\":\"1.123456789\"}", "{\"coin\":\"usdt\",\"amount\":\"1\"}", "[1]", "{\"coin\":"}) {
            before = hash();
            var r = op.post("/admin/accounts/" + uid + "/deposits", bad);
            assertEquals(400, r.status(), bad);
            assertEquals(before, hash(), bad);
        }
        assertEquals(404, op.post("/admin/accounts/999999/deposits", "{\"coin\":\"USDT\",\"amount\":\"1\"}").status());
        assertEquals(404, op.get("/admin/nothing-here").status());
    }

    @Test
    void fillsImportsMarksAndAccountView() {
        long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
        op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"10000\"}");
        var fee = op.put("/admin/accounts/" + uid + "/fee-rates", "{\"symbol\":\"BTCUSDT\",\"takerFee\":\"0.0006\",\"makerFee\":\"0.0001\"}");
        assertEquals("0.0006", fee.text("takerFee"));
        var fill = op.post("/admin/fills", "{\"uid\":" + uid + ",\"symbol\":\"BTCUSDT\",\"positionIdx\":0,\"side\":\"Buy\",\"qty\":\"0.1\",\"price\":\"60000\"}");
        assertEquals(200, fill.status(), fill.body().toString());
        // Fee 0.1·60000·0.0006 = 3.6 → wallet 9996.4; positionIM = 6000·(1 + 9·0.0006)/10 = 603.24 at leverage 10.
        var view = op.get("/admin/accounts/" + uid);
        assertEquals(0, new BigDecimal(view.get("balances").get(0).get("walletBalance").asText()).compareTo(new BigDecimal("9996.4")));
        var pos = view.get("positions").get(0);
        assertEquals(0, new BigDecimal(pos.get("positionIM").asText()).compareTo(new BigDecimal("603.24")));
        var marks = op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"BTCUSDT\",\"markPrice\":\"54000.0\"}]}");
        assertEquals(1, marks.get("events").size(), marks.body().toString());
        assertEquals("liquidation", marks.get("events").get(0).get("type").asText());
        // Bad mark (off tick) refused as a whole.
        assertEquals(400, op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"BTCUSDT\",\"markPrice\":\"60000.05\"}]}").status());
        op.post("/admin/mark-prices", "{\"prices\":[{\"symbol\":\"BTCUSDT\",\"markPrice\":\"60000\"}]}");
        var imported = op.put("/admin/accounts/" + uid + "/positions/ETHUSD",
                "{\"positionIdx\":0,\"side\":\"Buy\",\"size\":\"200\",\"avgPrice\":\"1812.70004844\",\"leverage\":\"12\",\"extraMargin\":\"0\"}");
        assertEquals(409, imported.status(), "no ETH in the wallet: " + imported.body());
        op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"ETH\",\"amount\":\"1\"}");
        imported = op.put("/admin/accounts/" + uid + "/positions/ETHUSD",
                "{\"positionIdx\":0,\"side\":\"Buy\",\"size\":\"200\",\"avgPrice\":\"1812.70004844\",\"leverage\":\"12\",\"extraMargin\":\"0\"}");
        assertEquals(200, imported.status(), imported.body().toString());
        var sub = op.post("/admin/accounts/" + uid + "/sub-accounts", "{}");
        assertEquals(200, sub.status());
        assertTrue(sub.text("address").matches("0x[0-9a-f]{40}"));
        assertEquals(uid, sub.get("masterUid").asLong());
        assertTrue(op.get("/admin/state-hash").get("conserved").asBoolean());
    }

    @Test
    void marketsCanBeCreatedAndReplacedButNotRetypedWhileInUse() {
        String m = "{\"venue\":\"bybit\",\"category\":\"linear\",\"baseCoin\":\"DOGE\",\"quoteCoin\":\"USDT\",\"settleCoin\":\"USDT\","
                + "\"tickSize\":\"0.00001\",\"qtyStep\":\"1\",\"minOrderQty\":\"1\",\"maxOrderQty\":\"1000000\",\"takerFee\":\"0.00055\",\"makerFee\":\"0.0002\","
                + "\"riskTiers\":[{\"id\":1,\"riskLimitValue\":\"200000\",\"maintenanceMargin\":\"0.01\",\"initialMargin\":\"0.02\",\"maxLeverage\":\"50\",\"mmDeduction\":\"0\"}]}";
        assertEquals(200, op.put("/admin/markets/DOGEUSDT", m).status());
        assertEquals(400, op.put("/admin/markets/DOGEUSDT", m.replace("\"linear\"", "\"quarterly\"")).status());
        String h = "{\"venue\":\"hyperliquid\",\"assetIndex\":7,\"szDecimals\":0,\"marginMode\":\"noCross\",\"takerFee\":\"0.00045\",\"makerFee\":\"0.00015\","
                + "\"marginTiers\":[{\"lowerBound\":\"0\",\"maxLeverage\":10}]}";
        assertEquals(200, op.put("/admin/markets/HYPE", h).status());
        assertEquals(400, op.put("/admin/markets/HYPE2", h).status(), "asset index 7 is taken");
    }
}
