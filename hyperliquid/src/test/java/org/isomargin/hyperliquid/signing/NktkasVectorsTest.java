package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.SignatureAssert.assertSignature;
import static org.isomargin.hyperliquid.signing.SignatureAssert.signature;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isomargin.hyperliquid.wire.Grouping;
import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.Order;
import org.isomargin.hyperliquid.wire.OrderRequest;
import org.isomargin.hyperliquid.wire.OrderType;
import org.isomargin.hyperliquid.wire.Tif;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nktkas/hyperliquid tests/signing/mod.test.ts vectors, hyperliquid.md §2.5. */
class NktkasVectorsTest {

    private static final Signer NK = Signer.fromPrivateKey(TestKeys.NK_KEY);
    private static final long NONCE = 1_234_567_890L;
    private static final Order ORDER = new Order(List.of(new OrderRequest(0, true, "30000", "0.1", false,
            new OrderType.Limit(Tif.GTC), null)), Grouping.NA, null);

    @ParameterizedTest(name = "vault={0} expiresAfter={1}")
    @CsvSource(nullValues = "-", value = {
        "-, -, 0x25367e0dba84351148288c2233cd6130ed6cec5967ded0c0b7334f36f957cc90",
        "0x1234567890123456789012345678901234567890, -, 0x214e2ea3270981b6fd18174216691e69f56872663139d396b10ded319cb4bb1e",
        "-, 1234567890, 0xc30b002ba3775e4c31c43c1dfd3291dfc85c6ae06c6b9f393991de86cad5fac7",
        "0x1234567890123456789012345678901234567890, 1234567890, 0x2d62412aa0fc57441b5189841d81554a6a9680bf07204e1454983a9ca44f0744",
    })
    void actionHash(String vault, Long expiresAfter, String expected) {
        assertEquals(expected, Hex.encode(ActionHash.connectionId(ActionMsgpack.encode(ORDER), NONCE, vault,
                expiresAfter)));
    }

    @Test
    void mainnetSignature() {
        Signature expected = new Signature("0x61078d8ffa3cb591de045438a1ae2ed299b271891d1943a33901e7cfb3a31ed8",
                "0x0e91df4f9841641d3322dad8d932874b74d7e082cdb5b533f804964a6963aef9", 28);
        check(Network.MAINNET, expected);
    }

    @Test
    void testnetSignature() {
        Signature expected = new Signature("0x6b0283a894d87b996ad0182b86251cc80d27d61ef307449a2ed249a508ded1f7",
                "0x6f884e79f4a0a10af62db831af6f8e03b3f11d899eb49b352f836746ee9226da", 27);
        check(Network.TESTNET, expected);
    }

    private static void check(Network network, Signature expected) {
        assertSignature(expected.r(), expected.s(), expected.v(), NK.signL1(ORDER, NONCE, null, null, network));
        byte[] digest = ExchangeDigest.of(ORDER, NONCE, null, null, network);
        assertEquals(TestKeys.NK_ADDRESS, SignatureRecovery.recover(digest, signature(expected.r(), expected.s(),
                expected.v())));
    }

    private record Signature(String r, String s, int v) {
    }
}
