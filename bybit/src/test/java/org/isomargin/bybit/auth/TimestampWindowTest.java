package org.isomargin.bybit.auth;

import static org.isomargin.bybit.auth.AuthAssertions.assertAuthenticated;
import static org.isomargin.bybit.auth.AuthAssertions.assertRejected;
import static org.isomargin.bybit.auth.Requests.SERVER;
import static org.isomargin.bybit.auth.Requests.headers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** server − recvWindow ≤ ts < server + 1000 (spec §1.4), at each edge. */
class TimestampWindowTest {
    private static final String KEY = "k";
    private static final String SECRET = "s";
    private final RequestAuthenticator auth =
            new RequestAuthenticator(Requests.directory(ApiCredential.hmac(KEY, 7, SECRET, false)));

    @ParameterizedTest(name = "ts = server {0} with recvWindow {1} -> accepted={2}")
    @CsvSource({
            "-5000, 5000, true",
            "-5001, 5000, false",
            "0, 5000, true",
            "999, 5000, true",
            "1000, 5000, false",
            "-1, 1, true",
            "-2, 1, false",
            "-20000, 20000, true",
            "-20001, 20000, false",
            "-60000, 60000, true",
            "-60001, 60000, false",
            "999, 60000, true",
            "1000, 60000, false",
    })
    void edges(long offset, String recvWindow, boolean accepted) {
        var in = headers().key(KEY).ts(SERVER + offset).window(recvWindow).hmacSigned(SECRET, "a=1").get("a=1");
        AuthResult r = auth.authenticate(in, SERVER);
        if (accepted) assertAuthenticated(r);
        else assertRejected(10002, r);
    }
}
