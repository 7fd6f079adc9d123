package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 5 as reproduced from outside: the zero address cannot be registered through POST /admin/accounts, and
 * {@code {"r":"0x0","s":"0x0","v":27}} on /exchange is refused without touching the state.
 */
class ZeroAddressServerTest {
    static final String TOKEN = "test-operator-token";
    static final String ZERO = "0x0000000000000000000000000000000000000000";
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

    private static JsonNode exchange(String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.publicPort() + "/exchange"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return OperatorClient.JSON.readTree(r.body());
    }

    @Test
    void zeroAddressIsRefusedAndGarbageSignaturesDriveNothing() throws Exception {
        String before = op.get("/admin/state-hash").text("stateHash");
        for (String zero : new String[] {ZERO, ZERO.substring(2), "0X" + ZERO.substring(2)}) {
            var r = op.post("/admin/accounts", "{\"address\":\"" + zero + "\"}");
            assertEquals(400, r.status(), zero);
        }
        long now = System.currentTimeMillis();
        String sig = "\"signature\":{\"r\":\"0x0\",\"s\":\"0x0\",\"v\":27}";
        JsonNode noop = exchange("{\"action\":{\"type\":\"noop\"},\"nonce\":" + now + "," + sig + "}");
        assertEquals("err", noop.get("status").asText());
        assertEquals("User or API Wallet " + ZERO + " does not exist.", noop.get("response").asText());
        JsonNode approve = exchange("{\"action\":{\"type\":\"approveAgent\",\"hyperliquidChain\":\"Testnet\",\"signatureChainId\":\"0x66eee\","
                + "\"agentAddress\":\"0x2b5ad5c4795c026514f8317c7a215e218dccd6cf\",\"agentName\":\"\",\"nonce\":" + now + "},\"nonce\":" + now
                + "," + sig + "}");
        assertEquals("err", approve.get("status").asText(), approve.toString());
        assertEquals(before, op.get("/admin/state-hash").text("stateHash"));
    }
}
