package org.isomargin.bybit.auth;

import java.security.PublicKey;
import java.util.Objects;

/**
 * One registered Bybit API key. HMAC keys carry the shared secret; RSA ("self-generated") keys carry
 * only the client's public key, as Bybit keeps no private half.
 */
public record ApiCredential(String apiKey, long uid, Kind kind, String secret, PublicKey rsaPublicKey,
                            boolean readOnly) {

    /** How the key signs; chosen at registration, never from the X-BAPI-SIGN-TYPE header (spec §1.2). */
    public enum Kind { HMAC, RSA }

    public ApiCredential {
        if (apiKey == null || apiKey.isBlank()) throw new IllegalArgumentException("apiKey must not be blank");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.HMAC) {
            if (secret == null || secret.isEmpty()) throw new IllegalArgumentException("HMAC key needs a secret");
            if (rsaPublicKey != null) throw new IllegalArgumentException("HMAC key must not carry an RSA key");
        } else {
            if (rsaPublicKey == null) throw new IllegalArgumentException("RSA key needs a public key");
            if (!"RSA".equals(rsaPublicKey.getAlgorithm())) throw new IllegalArgumentException("public key is not RSA");
            if (secret != null) throw new IllegalArgumentException("RSA key must not carry a secret");
        }
    }

    public static ApiCredential hmac(String apiKey, long uid, String secret, boolean readOnly) {
        return new ApiCredential(apiKey, uid, Kind.HMAC, secret, null, readOnly);
    }

    public static ApiCredential rsa(String apiKey, long uid, PublicKey publicKey, boolean readOnly) {
        return new ApiCredential(apiKey, uid, Kind.RSA, null, publicKey, readOnly);
    }

    /** Masks the secret so credentials can be logged without leaking it. */
    @Override
    public String toString() {
        return "ApiCredential[apiKey=" + apiKey + ", uid=" + uid + ", kind=" + kind
                + (kind == Kind.HMAC ? ", secret=***" : ", rsaPublicKey=RSA") + ", readOnly=" + readOnly + "]";
    }
}
