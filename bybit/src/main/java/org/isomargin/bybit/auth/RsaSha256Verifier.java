package org.isomargin.bybit.auth;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Checks X-BAPI-SIGN = standard base64(SHA256withRSA(privateKey, origin)), PKCS#1 v1.5 (spec §1.3). */
final class RsaSha256Verifier {
    private final ThreadLocal<Signature> signatures = ThreadLocal.withInitial(RsaSha256Verifier::newSignature);
    private final ThreadLocal<SigningPrefix> prefixes = ThreadLocal.withInitial(SigningPrefix::new);

    boolean verify(PublicKey key, String timestamp, String apiKey, String recvWindow, byte[] payload,
                   String signBase64) {
        byte[] provided;
        try {
            provided = Base64.getDecoder().decode(signBase64);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        SigningPrefix prefix = prefixes.get();
        prefix.fill(timestamp, apiKey, recvWindow);
        Signature signature = signatures.get();
        try {
            signature.initVerify(key); // also resets any state a previous failure left behind
            signature.update(prefix.bytes(), 0, prefix.length());
            signature.update(payload);
            return signature.verify(provided);
        } catch (GeneralSecurityException malformed) {
            return false; // wrong length / encoding of the signature is just a bad signature
        }
    }

    private static Signature newSignature() {
        try {
            return Signature.getInstance("SHA256withRSA");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA256withRSA unavailable", e);
        }
    }
}
