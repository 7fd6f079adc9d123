package org.isomargin.hyperliquid.signing;

import java.math.BigInteger;
import java.security.SignatureException;
import org.isomargin.hyperliquid.wire.Signature;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * ecrecover: digest + (r, s, v) → lowercase {@code 0x…} signer address. Never throws for bad signatures: an
 * unrecoverable one gives {@link #UNRECOVERABLE} ({@code null}), never an address. It used to map to the zero address,
 * and an operator could register that address, so garbage signatures drove its account (issue 8 item 5); a null
 * signer is refused by the endpoint and the engine and can never match any principal.
 *
 * <p>Cost: ~130–150 µs per call on this hardware (Bouncy Castle GLV/Shamir), ~97% of the signed-request path.
 */
public final class SignatureRecovery {

    /** Returned when no public key can be recovered (r or s outside [1, n-1], v not 27/28/0/1, r not on the curve). */
    public static final String UNRECOVERABLE = null;

    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private SignatureRecovery() {
    }

    public static String recover(byte[] digest, Signature signature) {
        if (signature == null) return UNRECOVERABLE;
        return recover(digest, signature.r(), signature.s(), signature.v());
    }

    /**
     * High-s signatures are accepted, as EVM ecrecover does (Hyperliquid's rule is unknown, spec §7.6): replays are
     * stopped by the nonce set, not by s-normalisation.
     */
    public static String recover(byte[] digest, BigInteger r, BigInteger s, int v) {
        int recoveryId = v >= 27 ? v - 27 : v;
        if (digest == null || digest.length != 32 || recoveryId < 0 || recoveryId > 1
                || !isScalar(r) || !isScalar(s)) {
            return UNRECOVERABLE;
        }
        Sign.SignatureData data = new Sign.SignatureData((byte) (27 + recoveryId), word(r), word(s));
        try {
            return "0x" + Keys.getAddress(Sign.signedMessageHashToKey(digest, data));
        } catch (SignatureException | IllegalArgumentException notOnCurve) {
            return UNRECOVERABLE; // r is in range but is not the x of a curve point
        }
    }

    private static boolean isScalar(BigInteger value) {
        return value != null && value.signum() > 0 && value.compareTo(N) < 0;
    }

    /** 32-byte big-endian form web3j requires (r and s arrive unpadded from PY and ccxt). */
    private static byte[] word(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
