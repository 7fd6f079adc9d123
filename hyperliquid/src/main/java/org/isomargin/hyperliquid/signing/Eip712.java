package org.isomargin.hyperliquid.signing;

import java.math.BigInteger;
import org.isomargin.hyperliquid.wire.Address;

/** The few EIP-712 pieces Hyperliquid needs: the domain separator (verifyingContract always 0x0) and the final digest. */
public final class Eip712 {

    static final byte[] DOMAIN_TYPEHASH =
            Keccak256.hash("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    private Eip712() {
    }

    public static byte[] domainSeparator(String name, String version, BigInteger chainId) {
        return Keccak256.hash(DOMAIN_TYPEHASH, Keccak256.hash(name), Keccak256.hash(version), uint256(chainId),
                new byte[32]);
    }

    /** keccak256(0x19 0x01 ‖ domainSeparator ‖ structHash). */
    public static byte[] digest(byte[] domainSeparator, byte[] structHash) {
        return Keccak256.hash(new byte[] {0x19, 0x01}, domainSeparator, structHash);
    }

    /** A non-negative integer as a 32-byte big-endian word. */
    static byte[] uint256(BigInteger value) {
        byte[] raw = value.toByteArray();
        if (value.signum() < 0 || raw.length > 33 || (raw.length == 33 && raw[0] != 0)) {
            throw new IllegalArgumentException("not a uint256: " + value);
        }
        byte[] word = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, word, 32 - copy, copy);
        return word;
    }

    /** An address left-padded to a 32-byte word. */
    static byte[] address(String address) {
        byte[] word = new byte[32];
        System.arraycopy(Address.toBytes(address), 0, word, 12, 20);
        return word;
    }
}
