package org.isomargin.bybit.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds auth inputs the way a client's headers would arrive. */
final class Requests {
    static final long SERVER = 1_700_000_000_000L;

    private final Map<String, String> headers = new HashMap<>();

    static Requests headers() {
        return new Requests();
    }

    Requests key(String v) {
        return put(AuthHeaders.API_KEY, v);
    }

    Requests ts(String v) {
        return put(AuthHeaders.TIMESTAMP, v);
    }

    Requests ts(long v) {
        return ts(Long.toString(v));
    }

    Requests window(String v) {
        return put(AuthHeaders.RECV_WINDOW, v);
    }

    Requests sign(String v) {
        return put(AuthHeaders.SIGN, v);
    }

    Requests put(String name, String v) {
        headers.put(name, v);
        return this;
    }

    /** Adds a valid HMAC signature over timestamp + key + recvWindow + payload with the headers set so far. */
    Requests hmacSigned(String secret, String payload) {
        return sign(ClientSigning.hmacHex(secret, origin(payload)));
    }

    String origin(String payload) {
        return nz(headers.get(AuthHeaders.TIMESTAMP)) + nz(headers.get(AuthHeaders.API_KEY))
                + nz(headers.get(AuthHeaders.RECV_WINDOW)) + payload;
    }

    AuthInput get(String query) {
        return AuthInput.ofQuery(HeaderLookup.of(headers), false, query);
    }

    AuthInput post(String body) {
        return AuthInput.ofBody(HeaderLookup.of(headers), true, body);
    }

    static ApiKeyDirectory directory(ApiCredential... credentials) {
        Map<String, ApiCredential> byKey = new HashMap<>();
        for (ApiCredential c : credentials) byKey.put(c.apiKey(), c);
        return k -> Optional.ofNullable(byKey.get(k));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
