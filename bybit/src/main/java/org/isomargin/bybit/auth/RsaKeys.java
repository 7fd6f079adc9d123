package org.isomargin.bybit.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Parses the public half of a "self-generated" Bybit RSA key as users paste it (spec §1.3). */
public final class RsaKeys {
    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private RsaKeys() {
    }

    /**
     * Accepts an X.509 SubjectPublicKeyInfo PEM, with or without line breaks and surrounding whitespace.
     *
     * @throws IllegalArgumentException saying what is wrong, for anything that is not an RSA public key PEM
     */
    public static PublicKey parsePublicKeyPem(String pem) {
        if (pem == null) throw new IllegalArgumentException("RSA public key PEM is null");
        String text = pem.strip();
        if (text.startsWith("-----BEGIN RSA PUBLIC KEY-----")) {
            throw new IllegalArgumentException(
                    "PKCS#1 'RSA PUBLIC KEY' PEM is not supported; export the key as X.509 '" + BEGIN + "'");
        }
        if (!text.startsWith(BEGIN) || !text.endsWith(END)) {
            throw new IllegalArgumentException("not a PEM public key: expected '" + BEGIN + "' ... '" + END + "'");
        }
        String body = text.substring(BEGIN.length(), text.length() - END.length()).replaceAll("\\s+", "");
        if (body.isEmpty()) throw new IllegalArgumentException("PEM public key has an empty body");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PEM public key body is not valid base64: " + e.getMessage(), e);
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("PEM body is not an X.509 RSA public key: " + e.getMessage(), e);
        }
    }
}
