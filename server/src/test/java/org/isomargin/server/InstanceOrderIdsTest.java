package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 10: two fresh local venues (or one wiped and started again) used to hand out the same order ids.
 * Each data directory now names its engine at first start, so ids differ between instances, while a restart of
 * the same directory replays to the same ids.
 */
class InstanceOrderIdsTest {
    static final String TOKEN = "t";
    static final String ORDER = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Market\",\"qty\":\"0.01\"}";

    /** Places the same market order on a fresh account and answers its orderId. */
    private static String placeOrder(IsomarginServer s) {
        OperatorClient op = new OperatorClient(s.adminPort(), TOKEN);
        long uid = op.post("/admin/accounts", "{}").get("uid").asLong();
        op.post("/admin/accounts/" + uid + "/deposits", "{\"coin\":\"USDT\",\"amount\":\"5000\"}");
        JsonNode key = op.post("/admin/accounts/" + uid + "/api-keys", "{}").body();
        JsonNode r = new PublicClient(s.publicPort()).bybitPost("/v5/order/create", key.get("apiKey").asText(),
                key.get("apiSecret").asText(), ORDER);
        assertEquals(0, r.get("retCode").asInt(), r.toString());
        return r.get("result").get("orderId").asText();
    }

    private static String stateHash(IsomarginServer s) {
        return new OperatorClient(s.adminPort(), TOKEN).get("/admin/state-hash").body().get("stateHash").asText();
    }

    @Test
    void twoFreshInstancesNeverShareAnOrderIdAndARestartKeepsThem(@TempDir Path dir) throws Exception {
        ServerConfig a = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir.resolve("a"));
        ServerConfig b = ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir.resolve("b"));
        String idA, idB, hashA;
        try (IsomarginServer s = IsomarginServer.start(a, System::currentTimeMillis, TOKEN)) {
            idA = placeOrder(s);
            hashA = stateHash(s);
        }
        try (IsomarginServer s = IsomarginServer.start(b, System::currentTimeMillis, TOKEN)) {
            idB = placeOrder(s);
        }
        assertNotEquals(idA, idB, "the same first order on two fresh instances got the same id");
        try (IsomarginServer s = IsomarginServer.start(a, System::currentTimeMillis, TOKEN)) {
            assertEquals(hashA, stateHash(s), "replay after a restart gives the same state, ids included");
            String next = placeOrder(s);
            assertNotEquals(idA, next);
            assertNotEquals(idB, next);
        }
    }

    @Test
    void withoutAJournalEachProcessStillGetsItsOwnIds(@TempDir Path dir) throws Exception {
        ServerConfig cfg = new ServerConfig(0, 0, dir, false, 0, 3600, false);
        String first, second;
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) { first = placeOrder(s); }
        try (IsomarginServer s = IsomarginServer.start(cfg, System::currentTimeMillis, TOKEN)) { second = placeOrder(s); }
        assertNotEquals(first, second);
    }
}
