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

    /** A raw request line, since java.net.http refuses a backslash in a URI; answers status line and body. */
    static String[] rawGet(String rawPath) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.publicPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            return new String[]{all.substring(0, all.indexOf("\r\n")), all.substring(split + 4)};
        }
    }

    @Test
    void theNotFoundBodyIsJsonForAnyPath() throws Exception {
        String path = "/nope\\x\"y%00";
        String[] r = rawGet(path);
        assertEquals("HTTP/1.1 404 Not Found", r[0]);
        var body = OperatorClient.JSON.readTree(r[1]);
        assertEquals("not_found", body.get("error").asText());
        assertEquals("no route " + path, body.get("message").asText());
    }

    /** /exchange and /info are POST-only: any other method is 405 with Allow: POST, even with a signed body. */
    @Test
    void hyperliquidRoutesRefuseOtherMethods() throws Exception {
        String before = hash();
        String body = "{\"action\":{\"type\":\"noop\"},\"nonce\":" + System.currentTimeMillis()
                + ",\"signature\":{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}}";
        for (String path : new String[]{"/exchange", "/info"}) {
            for (String method : new String[]{"GET", "PUT", "DELETE", "PATCH"}) {
                var r = publicCall(method, path, method.equals("GET") ? null : body);
                assertEquals(405, r.statusCode(), method + " " + path);
                assertEquals("POST", r.headers().firstValue("allow").orElse(""), method + " " + path);
                assertEquals("", r.body(), method + " " + path);
            }
        }
        assertEquals(before, hash());
        assertEquals(200, publicCall("POST", "/info", "{\"type\":\"meta\"}").statusCode());
    }

    /** The Bybit surface on the same port: a parameter given twice is 10001, never "the last one wins". */
    @Test
    void bybitRefusesARepeatedParameter() throws Exception {
        var r = publicCall("GET", "/v5/market/tickers?category=linear&symbol=BTCUSDT&symbol=ETHUSDT", null);
        assertEquals(200, r.statusCode());
        var body = OperatorClient.JSON.readTree(r.body());
        assertEquals(10001, body.get("retCode").asInt(), r.body());
        assertEquals("params error: symbol is duplicated", body.get("retMsg").asText());
        assertEquals(0, OperatorClient.JSON.readTree(
                publicCall("GET", "/v5/market/tickers?category=linear&symbol=BTCUSDT", null).body()).get("retCode").asInt());
    }
}
