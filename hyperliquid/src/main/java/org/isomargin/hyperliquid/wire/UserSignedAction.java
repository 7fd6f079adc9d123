package org.isomargin.hyperliquid.wire;

/** An action signed directly with its own EIP-712 type under the HyperliquidSignTransaction domain (§2.4). */
public sealed interface UserSignedAction extends ExchangeAction permits ApproveAgent {

    /** Hex chain id the client signed under, e.g. {@code 0x66eee}; any chain is allowed. */
    String signatureChainId();

    /** The action's own nonce; must equal the envelope nonce ("Nonce mismatch." otherwise). */
    long nonce();
}
