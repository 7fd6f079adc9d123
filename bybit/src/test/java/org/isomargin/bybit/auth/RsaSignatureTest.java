package org.isomargin.bybit.auth;

import static org.isomargin.bybit.auth.AuthAssertions.assertAuthenticated;
import static org.isomargin.bybit.auth.AuthAssertions.assertRejected;
import static org.isomargin.bybit.auth.Requests.SERVER;
import static org.isomargin.bybit.auth.Requests.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RsaSignatureTest {
    private static final String KEY = "rsa-key";
    private static final String BODY = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\",\"positionIdx\":0}";
    private static KeyPair pair;
    private static RequestAuthenticator auth;

    @BeforeAll
    static void keys() {
        pair = ClientSigning.rsaKeyPair();
        auth = new RequestAuthenticator(Requests.directory(ApiCredential.rsa(KEY, 9, pair.getPublic(), false),
                ApiCredential.rsa("ro-rsa", 10, pair.getPublic(), true)));
    }

    private static Requests signed(String key, String payload) {
        Requests h = headers().key(key).ts(SERVER).window("5000");
        return h.sign(ClientSigning.rsaBase64(pair.getPrivate(), h.origin(payload)));
    }

    @Test
    void postSignedWithGeneratedKeyVerifies() {
        assertEquals(9, assertAuthenticated(auth.authenticate(signed(KEY, BODY).post(BODY), SERVER)).uid());
    }

    @Test
    void getSignedWithGeneratedKeyVerifies() {
        String q = "category=linear&symbol=BTCUSDT";
        assertAuthenticated(auth.authenticate(signed(KEY, q).get(q), SERVER));
    }

    @Test
    void rsaSignatureOverOtherPayloadIs10004() {
        var r = assertRejected(10004, auth.authenticate(signed(KEY, BODY).post(BODY + " "), SERVER));
        assertEquals("error sign! origin_string[" + SERVER + KEY + "5000" + BODY + " ]", r.retMsg());
    }

    @Test
    void garbageSignaturesAre10004() {
        String good = ClientSigning.rsaBase64(pair.getPrivate(), SERVER + KEY + "5000" + BODY);
        String[] bad = {"not base64!", "AAAA", ClientSigning.hmacHex("x", BODY), good.substring(4),
                Base64.getEncoder().encodeToString(new byte[256])};
        for (String sign : bad) {
            var in = headers().key(KEY).ts(SERVER).window("5000").sign(sign).post(BODY);
            assertRejected(10004, auth.authenticate(in, SERVER));
        }
    }

    @Test
    void readOnlyRsaKeyOnWriteIs10005() {
        assertRejected(10005, auth.authenticate(signed("ro-rsa", BODY).post(BODY), SERVER));
    }

    @Test
    void pemFixtureWithOpensslSignatureVerifies() throws IOException {
        // Fixture made outside Java: openssl genpkey RSA 2048; printf '%s' "$ORIGIN" | openssl dgst -sha256 -sign priv.pem | base64
        String sign = "QIJYqon19q34qzciBuGnN4r4lykzuMbhJswBjtTK5AtE1PvrtFd/0jSXFkVpveup/0YLTCOW96F0jm3MIZr4AXRGzm4pd/HRRT2U41n"
                + "JLfLq8VIcYyuueOfyRjzq8UihmtDaXADC4r2nQpuosV+/NsHka31yfbWt03Ze8Kd1vkcS9y9tDtb+M1BM/UzFuvFTQcEvVVcz4FzbH8u"
                + "59OztH3IirSRwOrTepDrHOY8lR7shwwDxSG7vnGiWmA/1RV68Yx18LJMxXQt0dk0z3G/K19sREucCjJcNN5aMDhrZidk+tNwqSBx+Dd/J"
                + "uXeud/5g+k1Z+uaNVFiUImVtQ91wTw==";
        var fixture = new RequestAuthenticator(Requests.directory(
                ApiCredential.rsa("rsakey00001", 3, RsaKeys.parsePublicKeyPem(pemFixture()), false)));
        long ts = 1_700_000_000_000L;
        var in = headers().key("rsakey00001").ts(ts).window("5000").sign(sign).post(BODY);
        assertAuthenticated(fixture.authenticate(in, ts));
        var tampered = headers().key("rsakey00001").ts(ts).window("5000").sign(sign).post(BODY.replace("10", "11"));
        assertRejected(10004, fixture.authenticate(tampered, ts));
    }

    static String pemFixture() throws IOException {
        try (InputStream in = RsaSignatureTest.class.getResourceAsStream("rsa-public.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
