package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.OrderedMsgpack.map;
import static org.isomargin.hyperliquid.signing.SignatureAssert.assertSignature;
import static org.isomargin.hyperliquid.signing.SignatureAssert.signature;
import static org.isomargin.hyperliquid.signing.TestKeys.PY_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.isomargin.hyperliquid.wire.Grouping;
import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.Order;
import org.isomargin.hyperliquid.wire.OrderRequest;
import org.isomargin.hyperliquid.wire.OrderType;
import org.isomargin.hyperliquid.wire.Tif;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The official Python SDK vectors (tests/signing_test.py), hyperliquid.md §2.5; nonce 0 throughout. */
class PythonSdkVectorsTest {

    private static final Signer PY = Signer.fromPrivateKey(TestKeys.PY_KEY);

    private static final Map<String, Object> DUMMY = map("type", "dummy", "num", 100_000_000_000L);
    private static final Map<String, Object> ORDER = map("type", "order",
            "orders", List.of(map("a", 1, "b", true, "p", "100", "s", "100", "r", false,
                    "t", map("limit", map("tif", "Gtc")))),
            "grouping", "na");

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("dummy a", DUMMY, null, Network.MAINNET,
                        "0x53749d5b30552aeb2fca34b530185976545bb22d0b3ce6f62e31be961a59298",
                        "0x755c40ba9bf05223521753995abb2f73ab3229be8ec921f350cb447e384d8ed8", 27),
                Arguments.of("dummy b", DUMMY, null, Network.TESTNET,
                        "0x542af61ef1f429707e3c76c5293c80d01f74ef853e34b76efffcb57e574f9510",
                        "0x17b8b32f086e8cdede991f1e2c529f5dd5297cbe8128500e00cbaf766204a613", 28),
                Arguments.of("dummy+vault a", DUMMY, TestKeys.VAULT, Network.MAINNET,
                        "0x3c548db75e479f8012acf3000ca3a6b05606bc2ec0c29c50c515066a326239",
                        "0x4d402be7396ce74fbba3795769cda45aec00dc3125a984f2a9f23177b190da2c", 28),
                Arguments.of("dummy+vault b", DUMMY, TestKeys.VAULT, Network.TESTNET,
                        "0xe281d2fb5c6e25ca01601f878e4d69c965bb598b88fac58e475dd1f5e56c362b",
                        "0x7ddad27e9a238d045c035bc606349d075d5c5cd00a6cd1da23ab5c39d4ef0f60", 27),
                Arguments.of("order a", ORDER, null, Network.MAINNET,
                        "0xd65369825a9df5d80099e513cce430311d7d26ddf477f5b3a33d2806b100d78e",
                        "0x2b54116ff64054968aa237c20ca9ff68000f977c93289157748a3162b6ea940e", 28),
                Arguments.of("order b", ORDER, null, Network.TESTNET,
                        "0x82b2ba28e76b3d761093aaded1b1cdad4960b3af30212b343fb2e6cdfa4e3d54",
                        "0x6b53878fc99d26047f4d7e8c90eb98955a109f44209163f52d8dc4278cbbd9f5", 27),
                Arguments.of("createSubAccount a", map("type", "createSubAccount", "name", "example"), null,
                        Network.MAINNET,
                        "0x51096fe3239421d16b671e192f574ae24ae14329099b6db28e479b86cdd6caa7",
                        "0xb71f7d293af92d3772572afb8b102d167a7cef7473388286bc01f52a5c5b423", 27),
                Arguments.of("subAccountTransfer a", map("type", "subAccountTransfer",
                                "subAccountUser", "0x1d9470d4b963f552e6f671a81619d395877bf409", "isDeposit", true,
                                "usd", 10), null, Network.MAINNET,
                        "0x43592d7c6c7d816ece2e206f174be61249d651944932b13343f4d13f306ae602",
                        "0x71a926cb5c9a7c01c3359ec4c4c34c16ff8107d610994d4de0e6430e5cc0f4c9", 28),
                Arguments.of("scheduleCancel a", map("type", "scheduleCancel"), null, Network.MAINNET,
                        "0x6cdfb286702f5917e76cd9b3b8bf678fcc49aec194c02a73e6d4f16891195df9",
                        "0x6557ac307fa05d25b8d61f21fb8a938e703b3d9bf575f6717ba21ec61261b2a0", 27),
                Arguments.of("scheduleCancel+time a", map("type", "scheduleCancel", "time", 123_456_789), null,
                        Network.MAINNET,
                        "0x609cb20c737945d070716dcc696ba030e9976fcf5edad87afa7d877493109d55",
                        "0x16c685d63b5c7a04512d73f183b3d7a00da5406ff1f8aad33f8ae2163bab758b", 28));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void signsAndRecoversLikeThePythonSdk(String name, Map<String, Object> action, String vault, Network network,
                                          String r, String s, int v) {
        byte[] digest = PhantomAgentDigest.digest(
                ActionHash.connectionId(OrderedMsgpack.encode(action), 0, vault, null), network);

        assertSignature(r, s, v, PY.sign(digest));
        assertEquals(PY_ADDRESS, SignatureRecovery.recover(digest, signature(r, s, v)));
    }

    @Test
    void typedOrderEncodesLikeThePythonDict() {
        Order order = new Order(List.of(new OrderRequest(1, true, "100", "100", false,
                new OrderType.Limit(Tif.GTC), null)), Grouping.NA, null);

        assertArrayEquals(OrderedMsgpack.encode(ORDER), ActionMsgpack.encode(order));
        assertSignature("0x82b2ba28e76b3d761093aaded1b1cdad4960b3af30212b343fb2e6cdfa4e3d54",
                "0x6b53878fc99d26047f4d7e8c90eb98955a109f44209163f52d8dc4278cbbd9f5", 27,
                PY.signL1(order, 0, null, null, Network.TESTNET));
    }

    @Test
    void productionOrderConnectionId() {
        // PY float_to_wire(1670.1) == "1670.1", float_to_wire(0.0147) == "0.0147"
        Order order = new Order(List.of(new OrderRequest(4, true, "1670.1", "0.0147", false,
                new OrderType.Limit(Tif.IOC), null)), Grouping.NA, null);

        assertEquals("0x0fcbeda5ae3c4950a548021552a4fea2226858c4453571bf3f24ba017eac2908",
                Hex.encode(ActionHash.connectionId(ActionMsgpack.encode(order), 1_677_777_606_040L, null, null)));
    }

    @Test
    void keyDerivesTheDocumentedAddress() {
        assertEquals(PY_ADDRESS, PY.address());
    }
}
