package org.isomargin.hyperliquid.signing;

import java.math.BigInteger;
import org.isomargin.hyperliquid.wire.ApproveAgent;

/**
 * EIP-712 digest of a user-signed approveAgent (hyperliquid.md §2.4): domain {HyperliquidSignTransaction, 1,
 * int(signatureChainId, 16), 0x0}; the network is inside the message as {@code hyperliquidChain}.
 */
public final class ApproveAgentDigest {

    static final byte[] TYPEHASH = Keccak256.hash("HyperliquidTransaction:ApproveAgent(string hyperliquidChain,"
            + "address agentAddress,string agentName,uint64 nonce)");
    static final String DOMAIN_NAME = "HyperliquidSignTransaction";

    private ApproveAgentDigest() {
    }

    public static byte[] digest(ApproveAgent action) {
        byte[] domain = Eip712.domainSeparator(DOMAIN_NAME, "1", action.chainId());
        byte[] struct = Keccak256.hash(TYPEHASH, Keccak256.hash(action.hyperliquidChain()),
                Eip712.address(action.agentAddress()), Keccak256.hash(action.agentName()),
                Eip712.uint256(BigInteger.valueOf(action.nonce())));
        return Eip712.digest(domain, struct);
    }
}
