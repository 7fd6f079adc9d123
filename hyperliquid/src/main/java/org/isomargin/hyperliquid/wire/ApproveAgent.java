package org.isomargin.hyperliquid.wire;

import java.math.BigInteger;
import java.util.Objects;

/**
 * User-signed {@code approveAgent}. A missing {@code agentName} is {@code ""} because PY signs "" but omits the
 * key (§2.4); {@code agentAddress} is held lowercase, and the zero address means "remove the agent".
 */
public record ApproveAgent(String hyperliquidChain, String signatureChainId, String agentAddress,
                           String agentName, long nonce) implements UserSignedAction {

    public static final String TYPE = "approveAgent";

    public ApproveAgent {
        Objects.requireNonNull(hyperliquidChain, "hyperliquidChain");
        Hex.parseUnsigned(signatureChainId, "signatureChainId");
        agentAddress = Address.normalize(agentAddress);
        agentName = agentName == null ? "" : agentName;
        Check.nonNegative(nonce, "nonce");
    }

    /** The EIP-712 domain chain id: {@code int(signatureChainId, 16)}. */
    public BigInteger chainId() {
        return Hex.parseUnsigned(signatureChainId, "signatureChainId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
