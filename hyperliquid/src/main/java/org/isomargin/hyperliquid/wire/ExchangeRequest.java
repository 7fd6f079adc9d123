package org.isomargin.hyperliquid.wire;

import java.util.Objects;

/**
 * A parsed {@code POST /exchange} body (hyperliquid.md §1.2).
 *
 * @param vaultAddress lowercase {@code 0x…} address, or null when missing or JSON null
 * @param expiresAfter milliseconds, or null when missing or JSON null
 */
public record ExchangeRequest(ExchangeAction action, long nonce, Signature signature, String vaultAddress,
                              Long expiresAfter) {

    public ExchangeRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(signature, "signature");
        Check.nonNegative(nonce, "nonce");
        if (vaultAddress != null) {
            vaultAddress = Address.normalize(vaultAddress);
        }
        if (expiresAfter != null) {
            Check.nonNegative(expiresAfter, "expiresAfter");
        }
    }
}
