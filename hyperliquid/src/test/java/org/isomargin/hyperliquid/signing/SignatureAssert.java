package org.isomargin.hyperliquid.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isomargin.hyperliquid.wire.Signature;

/** Compares signatures numerically, so PY's unpadded r/s values compare equal to padded ones. */
final class SignatureAssert {

    private SignatureAssert() {
    }

    static void assertSignature(String r, String s, int v, Signature actual) {
        assertEquals(TestKeys.big(r), actual.r(), "r");
        assertEquals(TestKeys.big(s), actual.s(), "s");
        assertEquals(v, actual.v(), "v");
    }

    static Signature signature(String r, String s, int v) {
        return new Signature(TestKeys.big(r), TestKeys.big(s), v);
    }
}
