package org.isomargin.bybit.auth;

import static org.isomargin.bybit.auth.AuthAssertions.assertAuthenticated;
import static org.isomargin.bybit.auth.AuthAssertions.assertRejected;
import static org.isomargin.bybit.auth.Requests.SERVER;
import static org.isomargin.bybit.auth.Requests.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HmacSignatureTest {
    private static final String KEY = "XXXXXXXXXX";
    private static final String SECRET = "YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY";
    private static final ApiCredential CRED = ApiCredential.hmac(KEY, 42, SECRET, false);
    private final RequestAuthenticator auth = new RequestAuthenticator(Requests.directory(CRED));

    // Frozen vectors, computed once outside Java: printf '%s' "$ORIGIN" | openssl dgst -sha256 -hmac "$SECRET"
    private static final String PYBIT_BODY = "{\"category\": \"linear\", \"symbol\": \"BTCUSDT\", \"margin\": \"10\", \"positionIdx\": 0}";
    private static final String PYBIT_BODY_SIGN = "76db99850a7118251066248f2039bdde652e2445f4b6280f8bf5ffd2703b1496";
    private static final String QUERY = "category=linear&symbol=BTCUSDT";
    private static final String QUERY_SIGN = "aa76aaff6b34c4bba8417e2d42af7baca23a02010967d1c5eb1f07ec64a266aa";

    @Test
    void frozenVectorForPybitStyleBodyVerifiesOverTheRawBytes() {
        long ts = 1658385579423L;
        var in = headers().key(KEY).ts(ts).window("5000").sign(PYBIT_BODY_SIGN).post(PYBIT_BODY);
        assertSame(CRED, assertAuthenticated(auth.authenticate(in, ts)));
    }

    @Test
    void frozenVectorsAgreeWithTheTestsOwnSigningRoute() {
        assertEquals(PYBIT_BODY_SIGN, ClientSigning.hmacHex(SECRET, "1658385579423" + KEY + "5000" + PYBIT_BODY));
        assertEquals(QUERY_SIGN, ClientSigning.hmacHex(SECRET, "1658384314791" + KEY + "5000" + QUERY));
    }

    @Test
    void frozenVectorForGetQuery() {
        long ts = 1658384314791L;
        var in = headers().key(KEY).ts(ts).window("5000").sign(QUERY_SIGN).get(QUERY);
        assertAuthenticated(auth.authenticate(in, ts));
    }

    @Test
    void reserialisedBodyDoesNotVerify() {
        // Same JSON value, compact spacing: the signature is over bytes, not over the JSON meaning.
        long ts = 1658385579423L;
        String compact = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\",\"positionIdx\":0}";
        var in = headers().key(KEY).ts(ts).window("5000").sign(PYBIT_BODY_SIGN).post(compact);
        assertRejected(10004, auth.authenticate(in, ts));
    }

    @Test
    void javaSdkCompactBodyVerifies() {
        String body = "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"margin\":\"10\",\"positionIdx\":0}";
        var in = headers().key(KEY).ts(SERVER).window("5000").put("X-BAPI-SIGN-TYPE", "2")
                .hmacSigned(SECRET, body).post(body);
        assertAuthenticated(auth.authenticate(in, SERVER));
    }

    @Test
    void queryStringOrderIsPreservedNotSorted() {
        Requests h = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, "symbol=BTCUSDT&category=linear");
        assertAuthenticated(auth.authenticate(h.get("symbol=BTCUSDT&category=linear"), SERVER));
        var rej = assertRejected(10004, auth.authenticate(h.get("category=linear&symbol=BTCUSDT"), SERVER));
        assertEquals("error sign! origin_string[" + SERVER + KEY + "5000category=linear&symbol=BTCUSDT]", rej.retMsg());
    }

    @Test
    void percentEncodedQueryIsVerifiedAsReceived() {
        String raw = "category=linear&cursor=page%3D2%26x";
        var in = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, raw).get(raw);
        assertAuthenticated(auth.authenticate(in, SERVER));
    }

    @Test
    void emptyQueryAndNullQueryAreTheSamePayload() {
        Requests h = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, "");
        assertAuthenticated(auth.authenticate(h.get(null), SERVER));
        assertAuthenticated(auth.authenticate(h.get(""), SERVER));
    }

    @Test
    void uppercaseHexSignatureIsAccepted() {
        long ts = 1658385579423L;
        var in = headers().key(KEY).ts(ts).window("5000").sign(PYBIT_BODY_SIGN.toUpperCase()).post(PYBIT_BODY);
        assertAuthenticated(auth.authenticate(in, ts));
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        Map<String, String> h = new HashMap<>();
        h.put("x-bapi-api-key", KEY);
        h.put("X-Bapi-Timestamp", Long.toString(SERVER));
        h.put("x-BAPI-recv-window", "5000");
        h.put("x-bapi-sign", ClientSigning.hmacHex(SECRET, SERVER + KEY + "5000" + QUERY));
        assertAuthenticated(auth.authenticate(AuthInput.ofQuery(HeaderLookup.of(h), false, QUERY), SERVER));
    }

    @Test
    void signTypeHeaderIsIgnored() {
        for (String type : new String[] {"2", "1", "RSA", ""}) {
            var in = headers().key(KEY).ts(SERVER).window("5000").put("X-BAPI-SIGN-TYPE", type)
                    .hmacSigned(SECRET, QUERY).get(QUERY);
            assertAuthenticated(auth.authenticate(in, SERVER));
        }
    }

    @Test
    void malformedSignaturesAreSignErrors() {
        String good = ClientSigning.hmacHex(SECRET, SERVER + KEY + "5000" + QUERY);
        for (String bad : new String[] {good.substring(1), good + "0", "z" + good.substring(1),
                good.substring(0, 63) + (good.charAt(63) == '0' ? '1' : '0'), "x".repeat(64), " " + good}) {
            var in = headers().key(KEY).ts(SERVER).window("5000").sign(bad).get(QUERY);
            assertRejected(10004, auth.authenticate(in, SERVER));
        }
    }

    @Test
    void utf8BodyIsSignedOverItsUtf8Bytes() {
        String body = "{\"note\": \"café ✓ 日本\"}";
        var in = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, body).post(body);
        assertAuthenticated(auth.authenticate(in, SERVER));
    }

    @Test
    void rawBodyBytesAreUsedEvenWhenNotValidUtf8() throws Exception {
        byte[] body = {'{', (byte) 0xC3, (byte) 0x28, '}'}; // invalid UTF-8 sequence; a decode would replace it
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((SERVER + KEY + "5000").getBytes(StandardCharsets.UTF_8));
        String sign = java.util.HexFormat.of().formatHex(mac.doFinal(body));
        Map<String, String> h = Map.of(AuthHeaders.API_KEY, KEY, AuthHeaders.TIMESTAMP, Long.toString(SERVER),
                AuthHeaders.RECV_WINDOW, "5000", AuthHeaders.SIGN, sign);
        assertAuthenticated(auth.authenticate(AuthInput.ofBody(HeaderLookup.of(h), true, body), SERVER));
    }

    @Test
    void absentRecvWindowIsSignedAsEmptyAndMeans5000() {
        Requests h = headers().key(KEY).ts(SERVER - 5000).hmacSigned(SECRET, QUERY);
        assertEquals(SERVER - 5000 + KEY + QUERY, h.origin(QUERY));
        assertAuthenticated(auth.authenticate(h.get(QUERY), SERVER));
        assertRejected(10002, auth.authenticate(h.get(QUERY), SERVER + 1));

        var signedWith5000 = headers().key(KEY).ts(SERVER)
                .sign(ClientSigning.hmacHex(SECRET, SERVER + KEY + "5000" + QUERY)).get(QUERY);
        assertRejected(10004, auth.authenticate(signedWith5000, SERVER));
    }

    @Test
    void rotatedSecretInvalidatesOldSignatures() {
        Map<String, ApiCredential> keys = new HashMap<>(Map.of(KEY, CRED));
        var rotating = new RequestAuthenticator(k -> Optional.ofNullable(keys.get(k)));
        Requests oldSigned = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, QUERY);
        assertAuthenticated(rotating.authenticate(oldSigned.get(QUERY), SERVER));

        keys.put(KEY, ApiCredential.hmac(KEY, 42, "new-secret", false));
        assertRejected(10004, rotating.authenticate(oldSigned.get(QUERY), SERVER));
        var newSigned = headers().key(KEY).ts(SERVER).window("5000").hmacSigned("new-secret", QUERY).get(QUERY);
        assertAuthenticated(rotating.authenticate(newSigned, SERVER));
    }

    @Test
    void manyKeysVerifyInterleaved() {
        ApiCredential[] creds = new ApiCredential[50];
        for (int i = 0; i < creds.length; i++) creds[i] = ApiCredential.hmac("key" + i, i, "secret-" + i, false);
        var many = new RequestAuthenticator(Requests.directory(creds));
        for (int round = 0; round < 3; round++) {
            for (ApiCredential c : creds) {
                var in = headers().key(c.apiKey()).ts(SERVER).window("5000").hmacSigned(c.secret(), QUERY).get(QUERY);
                assertEquals(c.uid(), assertAuthenticated(many.authenticate(in, SERVER)).uid());
            }
        }
    }
}
