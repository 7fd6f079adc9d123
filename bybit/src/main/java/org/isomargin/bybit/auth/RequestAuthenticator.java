package org.isomargin.bybit.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates one Bybit V5 private request (spec §1.2–1.4), in the order of spec §10.2:
 * <ol>
 *   <li>headers present and well-formed:
 *       X-BAPI-API-KEY missing/empty → 10003;
 *       X-BAPI-TIMESTAMP missing or not plain digits → 10002;
 *       X-BAPI-RECV-WINDOW not plain digits, 0, or above the maximum → 10002
 *       (missing or empty means 5000, and is signed as the empty string: the origin string always uses the
 *       header values verbatim);
 *       X-BAPI-SIGN missing/empty → 10004.</li>
 *   <li>key registered → else 10003.</li>
 *   <li>{@code server − recvWindow ≤ timestamp < server + 1000} → else 10002.</li>
 *   <li>signature by the key's registered kind (X-BAPI-SIGN-TYPE is ignored) → else 10004.</li>
 *   <li>read-only key on a write endpoint → 10005.</li>
 * </ol>
 * The recvWindow maximum defaults to 60 000 ms: the spec states no cap, 60 s is the usual exchange ceiling, and
 * it leaves room for pybit, which retries 10002 adding 2 500 ms to recv_window each time (spec §1.4).
 * Thread-safe; one instance serves all event loops.
 */
public final class RequestAuthenticator {
    public static final long DEFAULT_RECV_WINDOW_MS = 5000;
    public static final long DEFAULT_MAX_RECV_WINDOW_MS = 60_000;
    /** A timestamp must be strictly less than server time + this (spec §1.4). */
    public static final long FUTURE_TOLERANCE_MS = 1000;

    private final ApiKeyDirectory directory;
    private final long maxRecvWindowMs;
    private final HmacSha256Verifier hmac = new HmacSha256Verifier();
    private final RsaSha256Verifier rsa = new RsaSha256Verifier();

    public RequestAuthenticator(ApiKeyDirectory directory) {
        this(directory, DEFAULT_MAX_RECV_WINDOW_MS);
    }

    public RequestAuthenticator(ApiKeyDirectory directory, long maxRecvWindowMs) {
        this.directory = Objects.requireNonNull(directory, "directory");
        if (maxRecvWindowMs <= 0) throw new IllegalArgumentException("maxRecvWindowMs must be positive");
        this.maxRecvWindowMs = maxRecvWindowMs;
    }

    public AuthResult authenticate(AuthInput in, long serverTimeMs) {
        HeaderLookup headers = in.headers();
        String apiKey = headers.get(AuthHeaders.API_KEY);
        String timestamp = headers.get(AuthHeaders.TIMESTAMP);
        String recvWindowHeader = headers.get(AuthHeaders.RECV_WINDOW);
        String recvWindowSigned = recvWindowHeader == null ? "" : recvWindowHeader;
        String sign = headers.get(AuthHeaders.SIGN);

        if (apiKey == null || apiKey.isEmpty()) return AuthRejections.INVALID_API_KEY;
        long ts = HeaderNumbers.parseDigits(timestamp);
        long recvWindow = recvWindowSigned.isEmpty()
                ? DEFAULT_RECV_WINDOW_MS : HeaderNumbers.parseDigits(recvWindowSigned);
        if (ts == HeaderNumbers.INVALID || recvWindow <= 0 || recvWindow > maxRecvWindowMs) {
            return AuthRejections.timestamp(timestamp, serverTimeMs, echoRecvWindow(recvWindowSigned));
        }
        if (sign == null || sign.isEmpty()) return signError(timestamp, apiKey, recvWindowSigned, in);

        Optional<ApiCredential> found = directory.find(apiKey);
        if (found.isEmpty()) return AuthRejections.INVALID_API_KEY;
        ApiCredential credential = found.get();

        if (ts < serverTimeMs - recvWindow || ts >= serverTimeMs + FUTURE_TOLERANCE_MS) {
            return AuthRejections.timestamp(timestamp, serverTimeMs, echoRecvWindow(recvWindowSigned));
        }
        if (!signatureMatches(credential, timestamp, apiKey, recvWindowSigned, in.payload(), sign)) {
            return signError(timestamp, apiKey, recvWindowSigned, in);
        }
        if (credential.readOnly() && in.writeEndpoint()) return AuthRejections.NO_PERMISSION;
        return new AuthResult.Authenticated(credential);
    }

    private boolean signatureMatches(ApiCredential c, String ts, String apiKey, String recvWindow, byte[] payload,
                                     String sign) {
        return switch (c.kind()) {
            case HMAC -> hmac.verify(c.secret(), ts, apiKey, recvWindow, payload, sign);
            case RSA -> rsa.verify(c.rsaPublicKey(), ts, apiKey, recvWindow, payload, sign);
        };
    }

    /** The origin string is only built on failure, keeping the success path free of it. */
    private static AuthResult signError(String ts, String apiKey, String recvWindow, AuthInput in) {
        return AuthRejections.sign(ts + apiKey + recvWindow + in.payloadText());
    }

    /** Shows the window actually applied when the client sent none. */
    private static String echoRecvWindow(String recvWindowSigned) {
        return recvWindowSigned.isEmpty() ? Long.toString(DEFAULT_RECV_WINDOW_MS) : recvWindowSigned;
    }
}
