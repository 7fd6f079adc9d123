package org.isomargin.hyperliquid.wire;

/** {@code {"type":"noop"}}: the documented way to consume a nonce on purpose (§3.1). */
public record Noop() implements L1Action {

    public static final String TYPE = "noop";

    @Override
    public String type() {
        return TYPE;
    }
}
