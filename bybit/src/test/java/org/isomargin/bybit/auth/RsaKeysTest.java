package org.isomargin.bybit.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsaKeysTest {
    private static final String EC_PEM = "-----BEGIN PUBLIC KEY-----\n"
            + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFJcyXWM3WXcG6KHH2WuKOdsuEb7P\n"
            + "1KcCjpSWET9fApaYq+qFS1aoveYHoG12fPdWtXm2ZDa5m/4Se1t0ciUTdA==\n"
            + "-----END PUBLIC KEY-----\n";

    @Test
    void parsesOpensslPemFixture() throws IOException {
        PublicKey key = RsaKeys.parsePublicKeyPem(RsaSignatureTest.pemFixture());
        assertEquals("RSA", key.getAlgorithm());
        assertEquals("X.509", key.getFormat());
    }

    @Test
    void whitespaceAndLineBreaksDoNotMatter() throws IOException {
        String pem = RsaSignatureTest.pemFixture();
        PublicKey expected = RsaKeys.parsePublicKeyPem(pem);
        String oneLine = pem.replace("\n", "");
        String crlf = "  \r\n" + pem.replace("\n", "\r\n") + "\t";
        String spaced = pem.replace("\n", " \n  ");
        for (String variant : new String[] {oneLine, crlf, spaced}) {
            assertArrayEquals(expected.getEncoded(), RsaKeys.parsePublicKeyPem(variant).getEncoded());
        }
    }

    @Test
    void roundTripsAGeneratedKey() {
        KeyPair pair = ClientSigning.rsaKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertArrayEquals(pair.getPublic().getEncoded(), RsaKeys.parsePublicKeyPem(pem).getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
            "-----BEGIN PUBLIC KEY----------END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n",
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"})
    void rejectsGarbage(String pem) {
        var e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.parsePublicKeyPem(pem));
        assertTrue(e.getMessage().contains("PEM"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> RsaKeys.parsePublicKeyPem(null));
    }

    @Test
    void rejectsNonRsaKey() {
        var e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.parsePublicKeyPem(EC_PEM));
        assertTrue(e.getMessage().contains("RSA"), e.getMessage());
    }

    @Test
    void rejectsPkcs1WithAHint() {
        var e = assertThrows(IllegalArgumentException.class, () -> RsaKeys.parsePublicKeyPem(
                "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----"));
        assertTrue(e.getMessage().contains("X.509"), e.getMessage());
    }
}
