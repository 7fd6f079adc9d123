package org.isomargin.hyperliquid.signing;

import java.math.BigInteger;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.L1Action;
import org.isomargin.hyperliquid.wire.Signature;
import org.isomargin.hyperliquid.wire.UserSignedAction;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * Signs like the official SDKs (RFC 6979 deterministic k, low s, v = 27 + recovery id), so its signatures match
 * theirs byte for byte. For tests, benchmarks and load generators; the server itself only recovers.
 */
public final class Signer {

    private final ECKeyPair keyPair;
    private final String address;

    private Signer(ECKeyPair keyPair) {
        this.keyPair = keyPair;
        this.address = "0x" + Keys.getAddress(keyPair);
    }

    /** @param privateKeyHex 32-byte key, {@code 0x} optional */
    public static Signer fromPrivateKey(String privateKeyHex) {
        return fromPrivateKey(Hex.parseUnsigned(privateKeyHex, "private key"));
    }

    public static Signer fromPrivateKey(BigInteger privateKey) {
        if (privateKey.signum() <= 0 || privateKey.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) {
            throw new IllegalArgumentException("private key outside [1, n-1]");
        }
        return new Signer(ECKeyPair.create(privateKey));
    }

    /** Lowercase {@code 0x…} address of this key. */
    public String address() {
        return address;
    }

    /** Signs a 32-byte digest as-is (no Ethereum message prefix). */
    public Signature sign(byte[] digest) {
        Sign.SignatureData data = Sign.signMessage(digest, keyPair, false);
        return new Signature(new BigInteger(1, data.getR()), new BigInteger(1, data.getS()), data.getV()[0] & 0xFF);
    }

    public Signature signL1(L1Action action, long nonce, String vaultAddress, Long expiresAfter, Network network) {
        return sign(ExchangeDigest.of(action, nonce, vaultAddress, expiresAfter, network));
    }

    public Signature signUserAction(UserSignedAction action) {
        return sign(ExchangeDigest.of(action, action.nonce(), null, null, Network.MAINNET));
    }

    /** A complete signed request, ready for {@code ExchangeRequestWriter}. */
    public ExchangeRequest l1Request(L1Action action, long nonce, String vaultAddress, Long expiresAfter,
                                     Network network) {
        return new ExchangeRequest(action, nonce, signL1(action, nonce, vaultAddress, expiresAfter, network),
                vaultAddress, expiresAfter);
    }

    /** A complete signed user action; its envelope nonce is the action's own. */
    public ExchangeRequest userRequest(UserSignedAction action) {
        return new ExchangeRequest(action, action.nonce(), signUserAction(action), null, null);
    }

    @Override
    public String toString() {
        return "Signer[" + address + "]"; // never the key
    }
}
