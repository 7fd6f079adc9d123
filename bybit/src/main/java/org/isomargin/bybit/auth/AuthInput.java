package org.isomargin.bybit.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the authenticator needs from one HTTP request: its headers, whether the endpoint writes, and the
 * signed payload exactly as it arrived. The payload is kept as bytes so a POST body is verified over the
 * bytes received (never a re-serialisation, spec §1.3); it is not copied, so callers must not mutate it.
 */
public final class AuthInput {
    private static final byte[] EMPTY = new byte[0];

    private final HeaderLookup headers;
    private final boolean writeEndpoint;
    private final byte[] payload;

    private AuthInput(HeaderLookup headers, boolean writeEndpoint, byte[] payload) {
        this.headers = Objects.requireNonNull(headers, "headers");
        this.writeEndpoint = writeEndpoint;
        this.payload = payload == null ? EMPTY : payload;
    }

    /** GET: the raw query string as received, without the leading '?'; null means no query. */
    public static AuthInput ofQuery(HeaderLookup headers, boolean writeEndpoint, String rawQuery) {
        byte[] bytes = rawQuery == null ? EMPTY : rawQuery.getBytes(StandardCharsets.UTF_8);
        return new AuthInput(headers, writeEndpoint, bytes);
    }

    /** POST: the raw request body bytes; null means an empty body. */
    public static AuthInput ofBody(HeaderLookup headers, boolean writeEndpoint, byte[] rawBody) {
        return new AuthInput(headers, writeEndpoint, rawBody);
    }

    /** POST with a body already decoded as UTF-8 (equivalent to its bytes for any valid UTF-8 body). */
    public static AuthInput ofBody(HeaderLookup headers, boolean writeEndpoint, String body) {
        return new AuthInput(headers, writeEndpoint, body == null ? EMPTY : body.getBytes(StandardCharsets.UTF_8));
    }

    public HeaderLookup headers() {
        return headers;
    }

    public boolean writeEndpoint() {
        return writeEndpoint;
    }

    /** The payload bytes themselves (no copy, on the hot path). */
    byte[] payload() {
        return payload;
    }

    /** The payload decoded as UTF-8, for error messages only. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
