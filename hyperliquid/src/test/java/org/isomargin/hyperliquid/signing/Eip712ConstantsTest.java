package org.isomargin.hyperliquid.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isomargin.hyperliquid.wire.Hex;
import org.junit.jupiter.api.Test;

/** The EIP-712 constants of hyperliquid.md §2.1 and §2.4. */
class Eip712ConstantsTest {

    @Test
    void domainTypehash() {
        assertEquals("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f",
                Hex.encode(Eip712.DOMAIN_TYPEHASH));
    }

    @Test
    void exchangeDomainSeparator() {
        assertEquals("0xd79297fcdf2ffcd4ae223d01edaa2ba214ff8f401d7c9300d995d17c82aa4040",
                Hex.encode(PhantomAgentDigest.DOMAIN_SEPARATOR));
    }

    @Test
    void agentTypehash() {
        assertEquals("0x26f05c2f7239b6983075e58321292d77b3aa173d19b27257ac96ab362570f508",
                Hex.encode(PhantomAgentDigest.AGENT_TYPEHASH));
    }

    @Test
    void approveAgentTypehash() {
        assertEquals("0x4464abf6148f115d79362d98320081aa2ae8a5c840083cb65820bffc21394378",
                Hex.encode(ApproveAgentDigest.TYPEHASH));
    }

    @Test
    void keccakIsNotSha3() {
        assertEquals("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                Hex.encode(Keccak256.hash(new byte[0])));
    }
}
