package org.isomargin.bybit.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks X-BAPI-SIGN = lowercase hex(HMAC_SHA256(secret, origin)) without per-request allocation:
 * each thread keeps one initialised Mac per secret plus scratch buffers (Vert.x runs a few event-loop threads).
 */
final class HmacSha256Verifier {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_LENGTH = 32;
    /** Caps each thread's cache; past it the cache is simply dropped and refilled, which is cheap. */
    private static final int MAX_CACHED_SECRETS_PER_THREAD = 4096;

    private final ThreadLocal<PerThread> perThread = ThreadLocal.withInitial(PerThread::new);

    boolean verify(String secret, String timestamp, String apiKey, String recvWindow, byte[] payload,
                   String signHex) {
        if (signHex.length() != 2 * MAC_LENGTH) return false;
        PerThread t = perThread.get();
        if (!Hex.decode(signHex, t.provided)) return false;
        Mac mac = t.macFor(secret);
        t.prefix.fill(timestamp, apiKey, recvWindow);
        try {
            mac.update(t.prefix.bytes(), 0, t.prefix.length());
            mac.update(payload);
            mac.doFinal(t.expected, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
        // Comparing decoded bytes makes hex case irrelevant; isEqual runs in time independent of content.
        return MessageDigest.isEqual(t.expected, t.provided);
    }

    /** Cached per secret (not per key) so a rotated secret can never meet a stale Mac. */
    private static final class PerThread {
        final HashMap<String, Mac> macs = new HashMap<>();
        final SigningPrefix prefix = new SigningPrefix();
        final byte[] expected = new byte[MAC_LENGTH];
        final byte[] provided = new byte[MAC_LENGTH];

        Mac macFor(String secret) {
            Mac mac = macs.get(secret);
            if (mac == null) {
                if (macs.size() >= MAX_CACHED_SECRETS_PER_THREAD) macs.clear();
                mac = newMac(secret);
                macs.put(secret, mac);
            }
            return mac;
        }

        private static Mac newMac(String secret) {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }
    }
}
