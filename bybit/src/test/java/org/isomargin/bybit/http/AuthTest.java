package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.AddMarginValidationTest.assertRefused;
import static org.isomargin.bybit.http.AddMarginValidationTest.body;
import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.isomargin.engine.command.CreateApiKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auth refusals are Bybit envelopes with HTTP 200 and the rate-limit headers (bybit-v5.md §1.4, §1.5, §9.4). */
class AuthTest {
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.documentedEthusdPosition(null);
    }

    @AfterEach
    void tearDown() { v.close(); }

    @Test
    void missingHeadersAre10003() {
        Reply r = SignedClient.send(HttpRequest.newBuilder(v.client.uri("/v5/position/add-margin", null))
                .POST(HttpRequest.BodyPublishers.ofString(body("0.01"))));
        assertRefused(r, 10003, "API key is invalid.");
        assertLimitHeaders(r, "10");
    }

    @Test
    void unknownKeyIs10003() {
        Reply r = v.client.withKey("nobody", "x").post("/v5/position/add-margin", body("0.01"));
        assertRefused(r, 10003, "API key is invalid.");
        assertLimitHeaders(r, "10");
    }

    @Test
    void staleTimestampIs10002() {
        String before = v.hash();
        String ts = Long.toString(v.clock.get() - 5001);
        Reply r = SignedClient.send(v.client.signed(HttpRequest.newBuilder(v.client.uri("/v5/position/add-margin", null))
                .POST(HttpRequest.BodyPublishers.ofString(body("0.01"))), ts, body("0.01")));
        assertRefused(r, 10002, "req_timestamp[" + ts + "],server_timestamp[" + v.clock.get() + "],recv_window[5000]");
        assertLimitHeaders(r, "10");
        assertEquals(before, v.hash());
    }

    @Test
    void wrongSignatureIs10004() {
        String before = v.hash();
        Reply r = v.client.withKey(Venue.KEY, "wrong-secret").post("/v5/position/add-margin", body("0.01"));
        assertRefused(r, 10004, "error sign!");
        assertEquals(before, v.hash());
    }

    /** The signature covers the raw bytes: one changed byte after signing must fail. */
    @Test
    void bodyChangedAfterSigningIs10004() {
        String ts = Long.toString(v.clock.get());
        Reply r = SignedClient.send(v.client.signed(HttpRequest.newBuilder(v.client.uri("/v5/position/add-margin", null))
                .POST(HttpRequest.BodyPublishers.ofString(body("0.02"))), ts, body("0.01")));
        assertRefused(r, 10004, "error sign!");
    }

    @Test
    void readOnlyKeyIs10005OnWritesButReads() {
        v.apiKey(v.uid, "ro-key", "ro-secret", true);
        SignedClient ro = v.client.withKey("ro-key", "ro-secret");
        Reply r = ro.post("/v5/position/add-margin", body("0.01"));
        assertRefused(r, 10005, "Permission denied");
        assertLimitHeaders(r, "10");
        Venue.assertOk(ro.get("/v5/position/list", "category=inverse&symbol=ETHUSD"));
    }

    /** ccxt sends private GETs without parameters as "/path?" and signs them over "". */
    @Test
    void trailingQuestionMarkSignsAsEmptyQuery() {
        Reply r = SignedClient.send(v.client.signed(HttpRequest.newBuilder(java.net.URI.create(v.server.baseUrl() + "/v5/account/info?")).GET(),
                Long.toString(v.clock.get()), ""));
        Venue.assertOk(r);
    }

    /** bybit-api percent-encodes values and signs the encoded form; the server verifies what it received. */
    @Test
    void percentEncodedQueryIsVerifiedAsSent() {
        Reply r = v.client.get("/v5/account/wallet-balance", "accountType=UNIFIED&coin=ETH%2CUSDT");
        Venue.assertOk(r);
        assertEquals(2, r.result().get("list").get(0).get("coin").size());
    }

    @Test
    void rsaKeysSignWithSha256WithRsa() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair kp = gen.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(kp.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
        v.ok(ts -> new CreateApiKey(ts, v.uid, "rsa-key", null, pem, false));
        String ts = Long.toString(v.clock.get());
        String payload = body("0.01");
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(kp.getPrivate());
        s.update((ts + "rsa-key" + "5000" + payload).getBytes(StandardCharsets.UTF_8));
        Reply r = SignedClient.send(HttpRequest.newBuilder(v.client.uri("/v5/position/add-margin", null))
                .header("X-BAPI-API-KEY", "rsa-key").header("X-BAPI-TIMESTAMP", ts).header("X-BAPI-RECV-WINDOW", "5000")
                .header("X-BAPI-SIGN", Base64.getEncoder().encodeToString(s.sign()))
                .POST(HttpRequest.BodyPublishers.ofString(payload)));
        Venue.assertOk(r);
    }

    static void assertLimitHeaders(Reply r, String limit) {
        assertEquals(limit, r.header("X-Bapi-Limit"));
        assertNotNull(r.header("X-Bapi-Limit-Status"));
        assertNotNull(r.header("X-Bapi-Limit-Reset-Timestamp"));
    }
}
