package org.isomargin.hyperliquid.wire;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The envelope's {@code {"r","s","v"}} exactly as received: no range check here, because an out-of-range
 * signature is not a 422 on Hyperliquid, it recovers to an unknown wallet (see SignatureRecovery).
 */
public record Signature(BigInteger r, BigInteger s, int v) {

    public Signature {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
    }

    /** {@code 0x} + 64 hex digits, the zero-padded form nktkas sends. */
    public String rHex() {
        return padded(r);
    }

    /** {@code 0x} + 64 hex digits, the zero-padded form nktkas sends. */
    public String sHex() {
        return padded(s);
    }

    private static String padded(BigInteger value) {
        String hex = value.toString(16);
        return "0x" + "0".repeat(Math.max(0, 64 - hex.length())) + hex;
    }
}
