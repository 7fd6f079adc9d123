package org.isomargin.engine.account;

/** A Bybit API key: HMAC (secret) or RSA (PEM public key), optionally read-only. */
public record ApiKey(String apiKey, long uid, String secret, String rsaPublicKeyPem, boolean readOnly) {
    public boolean rsa() { return rsaPublicKeyPem != null; }
}
