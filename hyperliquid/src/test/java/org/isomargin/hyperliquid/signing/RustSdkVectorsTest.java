package org.isomargin.hyperliquid.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.Signature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Official Rust SDK create_signature.rs: EIP-712 phantom-agent layer only, 65-byte r‖s‖v. */
class RustSdkVectorsTest {

    private static final Signer RS = Signer.fromPrivateKey(TestKeys.RS_KEY);
    private static final byte[] CONNECTION_ID =
            Hex.decode("0xde6c4037798a4434ca03cd05f00e3b803126221375cd1e7eaaaf041768be06eb");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MAINNET, 0xfa8a41f6a3fa728206df80801a83bcbfbab08649cd34d9c0bfba7c7b2f99340f53a00226604567b98a1492803190d65a201d6805e5831b7044f17fd530aec7841c",
        "TESTNET, 0x1713c0fc661b792a50e8ffdd59b637b1ed172d9a3aa4d801d9d88646710fb74b33959f4d075a7ccbec9f2374a6da21ffa4448d58d0413a0d335775f680a881431c",
    })
    void phantomAgentSignature(Network network, String expected) {
        byte[] digest = PhantomAgentDigest.digest(CONNECTION_ID, network);
        Signature sig = RS.sign(digest);

        assertEquals(expected, sig.rHex() + sig.sHex().substring(2) + String.format("%02x", sig.v()));
        assertEquals(RS.address(), SignatureRecovery.recover(digest, sig));
    }
}
