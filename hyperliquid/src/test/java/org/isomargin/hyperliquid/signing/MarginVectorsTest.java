package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.SignatureAssert.assertSignature;
import static org.isomargin.hyperliquid.signing.SignatureAssert.signature;
import static org.isomargin.hyperliquid.signing.TestKeys.EXPIRES;
import static org.isomargin.hyperliquid.signing.TestKeys.NONCE;
import static org.isomargin.hyperliquid.signing.TestKeys.PY_ADDRESS;
import static org.isomargin.hyperliquid.signing.TestKeys.VAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.L1Action;
import org.isomargin.hyperliquid.wire.TopUpIsolatedOnlyMargin;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Margin vectors A–I of hyperliquid.md §2.5 (PY key, nonce 1700000000000), both sources each. */
class MarginVectorsTest {

    private static final Signer PY = Signer.fromPrivateKey(TestKeys.PY_KEY);
    private static final L1Action A = new UpdateIsolatedMargin(0, true, 1_000_000);

    static Stream<Arguments> vectors() {
        L1Action b = new UpdateIsolatedMargin(0, true, -1_000_000);
        L1Action f = new UpdateIsolatedMargin(3, true, 123_456_789_000L);
        L1Action g = new UpdateIsolatedMargin(1, true, -5);
        L1Action h = new TopUpIsolatedOnlyMargin(5, "0.5");
        L1Action i = new UpdateLeverage(0, false, 10);
        String cA = "0xaab953f3d8c7aee3815e345292be5a968a253ba9848bf013984e97a87bdc60d4";
        String cB = "0xe074d8082296de8d9d091128b0c96323c3356e4e2cc6c54c005e15d9a2d1ecc0";
        String cC = "0x8de7c888d6d3519291972179da72f83f7186e2288dad47e28b649d5b9d27a0dc";
        String cD = "0x44a1a4fdb3d661307dc26bac5f0ef1ba67b5bd85c37f3a8deaa7658bd4aaac9a";
        String cE = "0x3f06aa513f3839abc8f52fe18c4477a5b41c652e59537198d4d6eaa3ce35a983";
        String cF = "0xaa7512ac5afcf84f6a42e391063f37dde99ef37926526845666cab505eebe109";
        String cG = "0x30359c9745bdc7b3d4afc8d0d45a723ebd51226f974de416d344ee27fbe648da";
        String cH = "0xfb6e0661a371f803851e755fd5124cb406f5f6766a1000bd0d12248e72f43ec8";
        String cI = "0x5781cb8d894c11cd56a0be4396af6507bf941c55fe68e013d9b662ef25bad732";
        return Stream.of(
                row("A a", A, null, null, cA, Network.MAINNET,
                        "0x624ce6f03214235c8462dae6d0df0bee685482178022514ee5d2e9e2bd58274f",
                        "0x50dcfcf0ddf62cadc32c717ef8fdaa909498ee7fb9d29528d9afe14fa1e25528", 28),
                row("A b", A, null, null, cA, Network.TESTNET,
                        "0x293a6a4388ea33e84aa5d15c23c9041c7f6dcbcc9229eb966f3792490ed36073",
                        "0x368422aa0101af6f57d028f4c8521eeaa372b168a0eb9fcedc0ac88216dfdfb1", 28),
                row("B a", b, null, null, cB, Network.MAINNET,
                        "0x13b5aa2260092bea46935789ac4078e689d091e04948cf04575058e5a2ed4bfd",
                        "0x664114841fd3e4f9735e129e8c8acc9d7b9fc9fd67c0a6a7c555491f64411703", 27),
                row("B b", b, null, null, cB, Network.TESTNET,
                        "0x156e45528987429b58fef2446fd1bee6e3c89a4c31fb26fadb25f8c4b28a9e74",
                        "0x6cfa27b0e9cc1b1ffd457ee50e0d68d7a0435aa57a458d6259c5f3d2722ae4ff", 28),
                row("C a", A, VAULT, null, cC, Network.MAINNET,
                        "0xe813f625a054d7576a612ce76cf83f34392a09698f9988bc401d9282791a671b",
                        "0x7c6ce2248a1a4a1e174738ef05565e1f3d98e54a717d6359cdf6f24f1e49135d", 27),
                row("C b", A, VAULT, null, cC, Network.TESTNET,
                        "0x96701e01d6c0c290ac5d0d550081d4390ad5dbfad016a51df69219672b3dd5fe",
                        "0x2e55af7953388bd74ebd91a74070a1018741915a9f1534e9af49b11368a435aa", 28),
                row("D a", A, null, EXPIRES, cD, Network.MAINNET,
                        "0x14f55dde059f0ec214f8bd94b7bc6eeeb4a039834f3059ffeb3f6f058be5deaa",
                        "0x3193c88d05089a9ac7e56a88611504414f819e64ca6acd13983a43d5064694ec", 28),
                row("D b", A, null, EXPIRES, cD, Network.TESTNET,
                        "0x346522a6aa824a54ecd954471436dee6241f17a4ef94510b48d5432d804a9646",
                        "0x5e05c15676a398202b2ab418fed261eff1b06da57d0c4df65fe6395f4b319cc9", 27),
                row("E a", A, VAULT, EXPIRES, cE, Network.MAINNET,
                        "0x7c06fbc56986f7cf49ef7f6aebc921901624a0d49e927129e9ec411e8545b9e8",
                        "0x31c196a6c07256001e86802684c31068bb5bb5946fd186f7d4df01ba505151c5", 28),
                row("E b", A, VAULT, EXPIRES, cE, Network.TESTNET,
                        "0x3876d02983389254a53fbb92c301a557b43682787315f71e3e47c4100736a30a",
                        "0x4c5504607923da0a9d3a81f6a0e7a44f70b320025e868f24ffe0969d509350b8", 28),
                row("F a", f, null, null, cF, Network.MAINNET,
                        "0x04e97cbd5a6f2a7618769a3b3ad961bb0741b1b59fc2858218d27ff4313f18c7",
                        "0x74a986a1933deef56d722abf9670eac51d5b291bc07566df69e391f0a279e820", 27),
                row("F b", f, null, null, cF, Network.TESTNET,
                        "0x7b59a7bc875155c990e9739222afc3ad35326f70036a880460856a5c11cddd79",
                        "0x3bf59ee131927486f35d72d49e297061db663fa00e870371254b7803c09a0418", 27),
                row("G a", g, null, null, cG, Network.MAINNET,
                        "0x55902e4c7ebfb98b61e5e018d74bbae9e927caf7869b5fcb80bc42f113011668",
                        "0x0242c50390ecfa5c3cda7bec7620645f8498833a966459633da1a8596a2361aa", 27),
                row("G b", g, null, null, cG, Network.TESTNET,
                        "0x2ea4404480e133b4a287c0d6de2d6b83c2df48efd2d63e402aaf61d7d636d1cf",
                        "0x563c822383e0302a75c51d50761c213ff6a4dd44119221c632c4c6855c18193c", 27),
                row("H a", h, null, null, cH, Network.MAINNET,
                        "0x13bb93b25a9e41c92b8417405dd4643babcf231d3e5c99013541ec1830259109",
                        "0x0208fea4a68f10d49236e99fcde334ba1d7f3797bf53fa0ab78b5c81855083bd", 27),
                row("H b", h, null, null, cH, Network.TESTNET,
                        "0x376a45122bcec79f4a23be6ecb9468c1f647815787ec2d7ad55d937696dc42e8",
                        "0x28f851f52ca095dfa4ff94728f352ac734d12c08f2e58eaf3f75e35267c8d0a1", 27),
                row("I a", i, null, null, cI, Network.MAINNET,
                        "0x5344254a01d9ec0dbd87216ef7581dcd426600b01f38add6db81ceeaa772e46f",
                        "0x1ecac5912b0501d81105dc9cfefba9073dff1cccb7b610b142fe958baa11d01d", 28),
                row("I b", i, null, null, cI, Network.TESTNET,
                        "0x695d8364d9a9efc797cc69e5d720391ab21a5071447ba9863dab044b903572ca",
                        "0x3e4e3a0468ea31b69930e1358dcaaccfb9265e83b60741b89457573d74716e8b", 27));
    }

    private static Arguments row(String id, L1Action action, String vault, Long expires, String connectionId,
                                 Network network, String r, String s, int v) {
        return Arguments.of(id, action, vault, expires, connectionId, network, r, s, v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void connectionIdSignatureAndRecovery(String id, L1Action action, String vault, Long expires,
                                          String connectionId, Network network, String r, String s, int v) {
        byte[] cid = ActionHash.connectionId(ActionMsgpack.encode(action), NONCE, vault, expires);
        assertEquals(connectionId, Hex.encode(cid), "connectionId");

        assertSignature(r, s, v, PY.signL1(action, NONCE, vault, expires, network));

        byte[] digest = PhantomAgentDigest.digest(cid, network);
        assertEquals(PY_ADDRESS, SignatureRecovery.recover(digest, signature(r, s, v)), "recovered signer");
    }
}
