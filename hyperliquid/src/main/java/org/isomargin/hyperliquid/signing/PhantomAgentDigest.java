package org.isomargin.hyperliquid.signing;

import java.math.BigInteger;

/**
 * EIP-712 digest of the phantom agent {@code Agent(string source,bytes32 connectionId)} under the domain
 * {Exchange, 1, 1337, 0x0}: what every L1 action's signature covers (hyperliquid.md §2.1).
 */
public final class PhantomAgentDigest {

    static final byte[] DOMAIN_SEPARATOR = Eip712.domainSeparator("Exchange", "1", BigInteger.valueOf(1337));
    static final byte[] AGENT_TYPEHASH = Keccak256.hash("Agent(string source,bytes32 connectionId)");
    private static final byte[] SOURCE_A = Keccak256.hash("a");
    private static final byte[] SOURCE_B = Keccak256.hash("b");

    private PhantomAgentDigest() {
    }

    public static byte[] digest(byte[] connectionId, Network network) {
        if (connectionId.length != 32) {
            throw new IllegalArgumentException("connectionId must be 32 bytes");
        }
        byte[] source = network == Network.MAINNET ? SOURCE_A : SOURCE_B;
        return Eip712.digest(DOMAIN_SEPARATOR, Keccak256.hash(AGENT_TYPEHASH, source, connectionId));
    }
}
