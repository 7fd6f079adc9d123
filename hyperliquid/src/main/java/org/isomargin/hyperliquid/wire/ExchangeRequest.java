package org.isomargin.hyperliquid.wire;

import java.util.Objects;

/**
 * A parsed {@code POST /exchange} body (hyperliquid.md §1.2).
 *
 * @param nonce the envelope's u64 in a long's 64 bits: from 2^63 up it is negative here (see {@link #nonceAboveI64})
 * @param vaultAddress lowercase {@code 0x…} address, or null when missing or JSON null
 * @param expiresAfter milliseconds, or null when missing or JSON null
 */
public record ExchangeRequest(ExchangeAction action, long nonce, Signature signature, String vaultAddress,
                              Long expiresAfter) {

    public ExchangeRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(signature, "signature");
        if (vaultAddress != null) {
            vaultAddress = Address.normalize(vaultAddress);
        }
        if (expiresAfter != null) {
            Check.nonNegative(expiresAfter, "expiresAfter");
        }
    }

    /** A u64 nonce from 2^63 up: valid JSON and schema, but far beyond any time the engine can be given. */
    public boolean nonceAboveI64() {
        return nonce < 0;
    }

    /** The nonce as the client wrote it (unsigned). */
    public String nonceText() {
        return Long.toUnsignedString(nonce);
    }
}
