package org.isomargin.bybit.auth;

import static org.isomargin.bybit.auth.Requests.SERVER;
import static org.isomargin.bybit.auth.Requests.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** A signature binds exactly one payload: it verifies for P and never for any P' ≠ P. */
class SignaturePropertyTest {
    private static final String KEY = "prop-key";
    private static final String SECRET = "prop-secret";
    private static final KeyPair RSA = ClientSigning.rsaKeyPair();
    private static final RequestAuthenticator HMAC_AUTH =
            new RequestAuthenticator(Requests.directory(ApiCredential.hmac(KEY, 1, SECRET, false)));
    private static final RequestAuthenticator RSA_AUTH =
            new RequestAuthenticator(Requests.directory(ApiCredential.rsa(KEY, 1, RSA.getPublic(), false)));

    @Property(tries = 500)
    void hmacSignatureVerifiesOnlyItsOwnPayload(@ForAll @StringLength(max = 200) String p,
                                                @ForAll @StringLength(max = 200) String other) {
        Assume.that(differentBytes(p, other));
        Requests h = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, p);
        assertTrue(HMAC_AUTH.authenticate(h.post(p), SERVER).isAuthenticated(), "own payload must verify");
        assertEquals(10004, ((AuthResult.Rejected) HMAC_AUTH.authenticate(h.post(other), SERVER)).retCode());
        assertEquals(10004, ((AuthResult.Rejected) HMAC_AUTH.authenticate(h.get(other), SERVER)).retCode());
    }

    @Property(tries = 500)
    void singleCharacterEditBreaksHmac(@ForAll @StringLength(min = 1, max = 100) String p, @ForAll int position,
                                       @ForAll char replacement) {
        int i = Math.floorMod(position, p.length());
        Assume.that(p.charAt(i) != replacement);
        String edited = p.substring(0, i) + replacement + p.substring(i + 1);
        Assume.that(differentBytes(p, edited));
        Requests h = headers().key(KEY).ts(SERVER).window("5000").hmacSigned(SECRET, p);
        assertEquals(10004, ((AuthResult.Rejected) HMAC_AUTH.authenticate(h.post(edited), SERVER)).retCode());
    }

    @Property(tries = 40)
    void rsaSignatureVerifiesOnlyItsOwnPayload(@ForAll @StringLength(max = 100) String p,
                                               @ForAll @StringLength(max = 100) String other) {
        Assume.that(differentBytes(p, other));
        Requests h = headers().key(KEY).ts(SERVER).window("5000");
        h.sign(ClientSigning.rsaBase64(RSA.getPrivate(), h.origin(p)));
        assertTrue(RSA_AUTH.authenticate(h.post(p), SERVER).isAuthenticated(), "own payload must verify");
        assertEquals(10004, ((AuthResult.Rejected) RSA_AUTH.authenticate(h.post(other), SERVER)).retCode());
    }

    /** Lone surrogates all encode to '?', the one way distinct Strings can be the same payload bytes. */
    private static boolean differentBytes(String a, String b) {
        return !Arrays.equals(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
