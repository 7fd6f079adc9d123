package org.isomargin.bybit.auth;

import static org.isomargin.bybit.auth.AuthAssertions.assertAuthenticated;
import static org.isomargin.bybit.auth.AuthAssertions.assertRejected;
import static org.isomargin.bybit.auth.Requests.SERVER;
import static org.isomargin.bybit.auth.Requests.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejection, and that the first failing check in spec §10.2 order decides the code. */
class AuthCheckOrderTest {
    private static final String KEY = "k1";
    private static final String SECRET = "s1";
    private static final String RO_KEY = "ro";
    private static final String RO_SECRET = "s-ro";
    private static final String BODY = "{\"category\":\"linear\"}";
    private final RequestAuthenticator auth = new RequestAuthenticator(Requests.directory(
            ApiCredential.hmac(KEY, 1, SECRET, false), ApiCredential.hmac(RO_KEY, 2, RO_SECRET, true)));

    private static Requests valid() {
        return headers().key(KEY).ts(SERVER).window("5000");
    }

    @Test
    void missingApiKeyIs10003() {
        var r = assertRejected(10003, auth.authenticate(headers().ts(SERVER).sign("00").post(BODY), SERVER));
        assertEquals("API key is invalid.", r.retMsg());
        assertRejected(10003, auth.authenticate(headers().key("").ts(SERVER).sign("00").post(BODY), SERVER));
    }

    @Test
    void noAuthHeadersAtAllIs10003() {
        assertRejected(10003, auth.authenticate(headers().get(""), SERVER));
    }

    @Test
    void missingTimestampIs10002WithEmptyReqTimestamp() {
        var r = assertRejected(10002, auth.authenticate(headers().key(KEY).sign("00").post(BODY), SERVER));
        assertEquals("invalid request, please check your server timestamp or recv_window param. "
                + "req_timestamp[],server_timestamp[" + SERVER + "],recv_window[5000]", r.retMsg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1700000000000", "+1700000000000", " 1700000000000", "1.7e12", "1700000000000.0",
            "", "1234567890123456789"})
    void nonNumericTimestampIs10002(String ts) {
        var r = assertRejected(10002, auth.authenticate(valid().ts(ts).hmacSigned(SECRET, BODY).post(BODY), SERVER));
        assertEquals("invalid request, please check your server timestamp or recv_window param. req_timestamp["
                + ts + "],server_timestamp[" + SERVER + "],recv_window[5000]", r.retMsg());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5000", "abc", "5000.5", "60001", " 5000", "99999999999999999999"})
    void invalidRecvWindowIs10002(String window) {
        var r = assertRejected(10002,
                auth.authenticate(valid().window(window).hmacSigned(SECRET, BODY).post(BODY), SERVER));
        assertEquals("invalid request, please check your server timestamp or recv_window param. req_timestamp["
                + SERVER + "],server_timestamp[" + SERVER + "],recv_window[" + window + "]", r.retMsg());
    }

    @Test
    void maximumRecvWindowIsAcceptedAndConfigurable() {
        assertAuthenticated(auth.authenticate(
                valid().ts(SERVER - 60_000).window("60000").hmacSigned(SECRET, BODY).post(BODY), SERVER));
        var strict = new RequestAuthenticator(Requests.directory(ApiCredential.hmac(KEY, 1, SECRET, false)), 10_000);
        assertRejected(10002, strict.authenticate(valid().window("10001").hmacSigned(SECRET, BODY).post(BODY), SERVER));
        assertAuthenticated(strict.authenticate(valid().window("10000").hmacSigned(SECRET, BODY).post(BODY), SERVER));
    }

    @Test
    void missingSignIs10004WithOriginString() {
        var r = assertRejected(10004, auth.authenticate(valid().post(BODY), SERVER));
        assertEquals("error sign! origin_string[" + SERVER + KEY + "5000" + BODY + "]", r.retMsg());
        assertRejected(10004, auth.authenticate(valid().sign("").post(BODY), SERVER));
    }

    @Test
    void unknownKeyIs10003() {
        var in = headers().key("nope").ts(SERVER).window("5000").hmacSigned(SECRET, BODY).post(BODY);
        assertEquals("API key is invalid.", assertRejected(10003, auth.authenticate(in, SERVER)).retMsg());
    }

    @Test
    void staleTimestampIs10002() {
        var in = valid().ts(SERVER - 10_000).hmacSigned(SECRET, BODY).post(BODY);
        var r = assertRejected(10002, auth.authenticate(in, SERVER));
        assertEquals("invalid request, please check your server timestamp or recv_window param. req_timestamp["
                + (SERVER - 10_000) + "],server_timestamp[" + SERVER + "],recv_window[5000]", r.retMsg());
    }

    @Test
    void wrongSignatureIs10004() {
        var in = valid().hmacSigned("other-secret", BODY).post(BODY);
        var r = assertRejected(10004, auth.authenticate(in, SERVER));
        assertEquals("error sign! origin_string[" + SERVER + KEY + "5000" + BODY + "]", r.retMsg());
    }

    @Test
    void readOnlyKeyOnWriteEndpointIs10005() {
        var in = headers().key(RO_KEY).ts(SERVER).window("5000").hmacSigned(RO_SECRET, BODY).post(BODY);
        var r = assertRejected(10005, auth.authenticate(in, SERVER));
        assertEquals("Permission denied, please check your API key permissions.", r.retMsg());
    }

    @Test
    void readOnlyKeyOnReadEndpointIsAccepted() {
        var in = headers().key(RO_KEY).ts(SERVER).window("5000").hmacSigned(RO_SECRET, "category=linear")
                .get("category=linear");
        assertEquals(2, assertAuthenticated(auth.authenticate(in, SERVER)).uid());
    }

    // ---- order: the earlier check wins whenever two fail ----

    @Test
    void missingKeyBeatsMissingTimestampAndSign() {
        assertRejected(10003, auth.authenticate(headers().window("abc").post(BODY), SERVER));
    }

    @Test
    void badTimestampSyntaxBeatsMissingSign() {
        assertRejected(10002, auth.authenticate(headers().key(KEY).ts("soon").post(BODY), SERVER));
    }

    @Test
    void headerChecksComeBeforeKeyLookup() {
        // "headers present" is the first step: a malformed header is reported even for an unknown key.
        assertRejected(10002, auth.authenticate(headers().key("nope").ts("x").sign("00").post(BODY), SERVER));
        assertRejected(10004, auth.authenticate(headers().key("nope").ts(SERVER).post(BODY), SERVER));
    }

    @Test
    void unknownKeyBeatsStaleTimestamp() {
        var in = headers().key("nope").ts(SERVER - 1_000_000).window("5000").hmacSigned(SECRET, BODY).post(BODY);
        assertRejected(10003, auth.authenticate(in, SERVER));
    }

    @Test
    void unknownKeyBeatsBadSignature() {
        var in = headers().key("nope").ts(SERVER).window("5000").sign("00".repeat(32)).post(BODY);
        assertRejected(10003, auth.authenticate(in, SERVER));
    }

    @Test
    void staleTimestampBeatsBadSignature() {
        var in = valid().ts(SERVER + 5000).sign("00".repeat(32)).post(BODY);
        assertRejected(10002, auth.authenticate(in, SERVER));
    }

    @Test
    void badSignatureBeatsReadOnlyPermission() {
        var in = headers().key(RO_KEY).ts(SERVER).window("5000").hmacSigned(SECRET, BODY).post(BODY);
        assertRejected(10004, auth.authenticate(in, SERVER));
    }

    @Test
    void staleTimestampBeatsReadOnlyPermission() {
        var in = headers().key(RO_KEY).ts(SERVER - 6000).window("5000").hmacSigned(RO_SECRET, BODY).post(BODY);
        assertRejected(10002, auth.authenticate(in, SERVER));
    }
}
