package org.isomargin.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 11 against a real server: one JSON reading policy on every surface, venue method checks, a public
 * 404 that is always valid JSON. Each refusal leaves the state hash unchanged.
 */
class StrictJsonSurfacesTest {
    static final String TOKEN = "strict-json-token";
    @TempDir
    static Path dir;
    static IsomarginServer server;
    static OperatorClient op;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        server = IsomarginServer.start(ServerConfig.defaults().withPort(0).withAdminPort(0).withDataDir(dir),
                System::currentTimeMillis, TOKEN);
        op = new OperatorClient(server.adminPort(), TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String hash() { return op.get("/admin/state-hash").text("stateHash"); }

    static HttpResponse<String> publicCall(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.publicPort() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void operatorBodiesWithTrailingDataOrRepeatedKeysAreRefusedWhole() {
        long uid = op.post("/admin/accounts", "{\"address\":\"0x00000000000000000000000000000000000000a1\"}").get("uid").asLong();
        String deposits = "/admin/accounts/" + uid + "/deposits";
        String before = hash();
        for (String bad : new String[]{
                "{\"coin\":\"USDT\",\"amount\":\"10\"}xyz",
                "{\"coin\":\"USDT\",\"amount\":\"10\"} {}",
                "{\"coin\":\"USDT\",\"amount\":\"0\",\"amount\":\"5\"}",
                "{\"coin\":\"USDT\",\"amount\":\"5\",\"meta\":{\"k\":1,\"k\":2}}"}) {
            var r = op.post(deposits, bad);
            assertEquals(400, r.status(), bad);
            assertEquals("invalid_parameter", r.text("error"), bad);
            assertEquals(before, hash(), bad);
        }
        assertEquals("duplicate key amount in the body",
                op.post(deposits, "{\"coin\":\"USDT\",\"amount\":\"0\",\"amount\":\"5\"}").text("message"));
        assertEquals("data after the JSON object", op.post(deposits, "{\"coin\":\"USDT\",\"amount\":\"1\"} 7").text("message"));
        // the same body without the extra bytes is applied
        assertEquals("10", op.post(deposits, "{\"coin\":\"USDT\",\"amount\":\"10\"}\n").text("walletBalance"));
    }
}
