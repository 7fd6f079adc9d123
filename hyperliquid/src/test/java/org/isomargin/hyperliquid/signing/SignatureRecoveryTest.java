package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.SignatureRecovery.UNRECOVERABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.isomargin.hyperliquid.wire.Signature;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.crypto.Sign;

/** Invalid signatures never throw; they recover to the zero address, which is never a known wallet. */
class SignatureRecoveryTest {

    private static final BigInteger N = Sign.CURVE_PARAMS.getN();
    private static final Signer PY = Signer.fromPrivateKey(TestKeys.PY_KEY);
    private static final byte[] DIGEST =
            ExchangeDigest.of(new UpdateIsolatedMargin(0, true, 1_000_000), TestKeys.NONCE, null, null, Network.MAINNET);
    private static final Signature GOOD = PY.sign(DIGEST);

    @Test
    void goodSignatureRecoversTheSigner() {
        assertEquals(TestKeys.PY_ADDRESS, SignatureRecovery.recover(DIGEST, GOOD));
    }

    @Test
    void vZeroAndOneMeanTwentySevenAndTwentyEight() {
        assertEquals(TestKeys.PY_ADDRESS, SignatureRecovery.recover(DIGEST, GOOD.r(), GOOD.s(), GOOD.v() - 27));
    }

    @ParameterizedTest(name = "v={0}")
    @ValueSource(ints = {-1, 2, 26, 29, 30, 35, 255})
    void invalidV(int v) {
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, GOOD.r(), GOOD.s(), v));
    }

    @Test
    void rOrSOutOfRange() {
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, BigInteger.ZERO, GOOD.s(), 27));
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, GOOD.r(), BigInteger.ZERO, 27));
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, N, GOOD.s(), 27));
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, GOOD.r(), N, 27));
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, BigInteger.ONE.shiftLeft(256), GOOD.s(), 27));
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, BigInteger.ONE.negate(), GOOD.s(), 27));
    }

    @Test
    void rThatIsNotOnTheCurve() {
        // x = 5: 5^3 + 7 = 132 is not a square mod p, so no point has this x
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(DIGEST, BigInteger.valueOf(5), GOOD.s(), 27));
    }

    @Test
    void digestOfWrongLength() {
        assertEquals(UNRECOVERABLE, SignatureRecovery.recover(new byte[31], GOOD));
    }

    @Test
    void wrongButValidSignatureRecoversAnotherWallet() {
        String other = SignatureRecovery.recover(DIGEST, GOOD.r(), GOOD.s(), GOOD.v() == 27 ? 28 : 27);

        assertEquals(42, other.length());
        assertEquals(false, other.equals(TestKeys.PY_ADDRESS) || other.equals(UNRECOVERABLE));
    }

    @Test
    void highSIsAcceptedLikeEcrecover() {
        // (r, n - s) with the other parity is the malleated twin of a valid signature
        int flipped = GOOD.v() == 27 ? 28 : 27;
        assertEquals(TestKeys.PY_ADDRESS, SignatureRecovery.recover(DIGEST, GOOD.r(), N.subtract(GOOD.s()), flipped));
    }
}
