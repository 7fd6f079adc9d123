package org.isomargin.hyperliquid.wire;

/**
 * The body does not deserialize into the request schema. Hyperliquid (axum) answers such bodies with HTTP 422,
 * text/plain, and exactly {@link #getMessage()}.
 */
public final class WireFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "Failed to deserialize the JSON body into the target type: ";

    private final boolean malformedJson;

    WireFormatException(String detail, boolean malformedJson) {
        super(PREFIX + detail, null, false, false); // no stack trace: this is an expected, client-caused outcome
        this.malformedJson = malformedJson;
    }

    /** The part after the axum prefix. */
    public String detail() {
        return getMessage().substring(PREFIX.length());
    }

    /** True when the body was not JSON at all; axum itself would use 400 there, should the HTTP layer want that. */
    public boolean malformedJson() {
        return malformedJson;
    }
}
