package org.isomargin.hyperliquid.signing;

import org.isomargin.hyperliquid.wire.Address;

/**
 * The L1 {@code connectionId} (hyperliquid.md §2.1):
 * keccak256(msgpack ‖ u64be(nonce) ‖ (00 | 01 ‖ vault20) ‖ [00 ‖ u64be(expiresAfter)]).
 */
public final class ActionHash {

    private ActionHash() {
    }

    /** @param vaultAddress null, or a 20-byte address in any accepted text form */
    public static byte[] connectionId(byte[] actionMsgpack, long nonce, String vaultAddress, Long expiresAfter) {
        return Keccak256.hash(preimage(actionMsgpack, nonce, vaultAddress, expiresAfter));
    }

    /** The exact bytes that are hashed; exposed so tests can compare them with the annotated spec layout. */
    public static byte[] preimage(byte[] actionMsgpack, long nonce, String vaultAddress, Long expiresAfter) {
        int length = actionMsgpack.length + 8 + (vaultAddress == null ? 1 : 21) + (expiresAfter == null ? 0 : 9);
        byte[] out = new byte[length];
        System.arraycopy(actionMsgpack, 0, out, 0, actionMsgpack.length);
        int at = putLong(out, actionMsgpack.length, nonce);
        if (vaultAddress == null) {
            out[at++] = 0;
        } else {
            out[at++] = 1;
            System.arraycopy(Address.toBytes(vaultAddress), 0, out, at, 20);
            at += 20;
        }
        if (expiresAfter != null) {
            out[at++] = 0; // the SDKs' marker for "expiresAfter present" really is 0x00
            putLong(out, at, expiresAfter);
        }
        return out;
    }

    private static int putLong(byte[] out, int at, long value) {
        for (int i = 7; i >= 0; i--) {
            out[at++] = (byte) (value >>> (8 * i));
        }
        return at;
    }
}
