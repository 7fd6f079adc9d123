package org.isomargin.hyperliquid.signing;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** Ethereum's keccak-256 (pre-standard padding, not SHA3-256), fed from several parts without concatenating them. */
public final class Keccak256 {

    private Keccak256() {
    }

    public static byte[] hash(byte[]... parts) {
        KeccakDigest digest = new KeccakDigest(256);
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    public static byte[] hash(byte[] data, int offset, int length) {
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(data, offset, length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    /** keccak256 of the UTF-8 bytes, as EIP-712 hashes {@code string} members and type strings. */
    public static byte[] hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }
}
