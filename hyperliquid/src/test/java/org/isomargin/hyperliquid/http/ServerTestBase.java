package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.wire.L1Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One real server per test class; each test installs a dialect over its own fresh {@link World}. */
abstract class ServerTestBase {

    static final String OK = "{\"status\":\"ok\",\"response\":{\"type\":\"default\"}}";
    static DialectServer server;
    long nonce = World.T0;

    @BeforeAll
    static void startServer() throws Exception {
        server = new DialectServer();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    DialectServer.Reply send(Signer signer, L1Action action) {
        return server.post("/exchange", Signed.l1(signer, action, nonce++));
    }

    static void assertOk(DialectServer.Reply r) {
        assertEquals(200, r.status());
        assertEquals("application/json", r.contentType());
        assertEquals(OK, r.body());
    }

    static void assertErr(String message, DialectServer.Reply r) {
        assertEquals(200, r.status(), r.body());
        assertEquals("application/json", r.contentType());
        assertEquals("err", r.json().get("status").asText(), r.body());
        assertEquals(message, r.json().get("response").asText());
    }

    static JsonNode state(String user) {
        return server.info("{\"type\":\"clearinghouseState\",\"user\":\"" + user + "\"}");
    }
}
