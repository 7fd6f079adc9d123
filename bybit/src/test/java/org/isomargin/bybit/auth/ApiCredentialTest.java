package org.isomargin.bybit.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

class ApiCredentialTest {
    private static final PublicKey RSA = ClientSigning.rsaKeyPair().getPublic();

    @Test
    void toStringNeverShowsTheSecret() {
        String s = ApiCredential.hmac("key", 1, "TOPSECRET", false).toString();
        assertFalse(s.contains("TOPSECRET"), s);
        assertTrue(s.contains("key"), s);
    }

    @Test
    void kindMustMatchMaterial() {
        assertThrows(IllegalArgumentException.class, () -> ApiCredential.hmac("k", 1, "", false));
        assertThrows(IllegalArgumentException.class, () -> ApiCredential.hmac("k", 1, null, false));
        assertThrows(IllegalArgumentException.class, () -> ApiCredential.rsa("k", 1, null, false));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiCredential("k", 1, ApiCredential.Kind.HMAC, "s", RSA, false));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiCredential("k", 1, ApiCredential.Kind.RSA, "s", RSA, false));
        assertThrows(IllegalArgumentException.class, () -> ApiCredential.hmac(" ", 1, "s", false));
        assertThrows(NullPointerException.class, () -> new ApiCredential("k", 1, null, "s", null, false));
    }

    @Test
    void rsaKindNeedsAnRsaKey() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        PublicKey ecKey = ec.generateKeyPair().getPublic();
        assertThrows(IllegalArgumentException.class, () -> ApiCredential.rsa("k", 1, ecKey, false));
    }
}
