package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.OrderedMsgpack.map;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isomargin.hyperliquid.wire.BuilderFee;
import org.isomargin.hyperliquid.wire.Cancel;
import org.isomargin.hyperliquid.wire.CancelRequest;
import org.isomargin.hyperliquid.wire.Grouping;
import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.Noop;
import org.isomargin.hyperliquid.wire.Order;
import org.isomargin.hyperliquid.wire.OrderRequest;
import org.isomargin.hyperliquid.wire.OrderType;
import org.isomargin.hyperliquid.wire.Signature;
import org.isomargin.hyperliquid.wire.Tif;
import org.isomargin.hyperliquid.wire.Tpsl;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical msgpack bytes (hyperliquid.md §2.2) and the annotated preimage of vector A. */
class MsgpackEncodingTest {

    private static final String NTLI_KEY = "a46e746c69";

    @Test
    void annotatedPreimageOfVectorA() {
        String expected = "84"
                + "a474797065"
                + "b475706461746549736f6c617465644d617267696e"
                + "a56173736574" + "00"
                + "a56973427579" + "c3"
                + "a46e746c69" + "ce000f4240"
                + "0000018bcfe56800"
                + "00";
        byte[] msgpack = ActionMsgpack.encode(new UpdateIsolatedMargin(0, true, 1_000_000));

        assertEquals("0x" + expected, Hex.encode(ActionHash.preimage(msgpack, TestKeys.NONCE, null, null)));
    }

    @Test
    void preimageWithVaultAndExpiry() {
        byte[] msgpack = ActionMsgpack.encode(new UpdateIsolatedMargin(0, true, 1_000_000));
        String hex = Hex.encode(ActionHash.preimage(msgpack, TestKeys.NONCE, "1719884EB866CB12B2287399B15F7DB5E7D775EA",
                TestKeys.EXPIRES));

        assertTrue(hex.endsWith("0000018bcfe56800" + "01" + TestKeys.VAULT.substring(2) + "00" + "0000018bcfe65260"),
                hex);
    }

    @ParameterizedTest(name = "ntli {0} -> {1}")
    @CsvSource({
        "-1000000, d2fff0bdc0",
        "-5, fb",
        "123456789000, cf0000001cbe991a08",
        "1000000, ce000f4240",
        "0, 00", "127, 7f", "128, cc80", "255, ccff", "256, cd0100", "65535, cdffff", "65536, ce00010000",
        "4294967295, ceffffffff", "4294967296, cf0000000100000000",
        "-1, ff", "-32, e0", "-33, d0df", "-128, d080", "-129, d1ff7f", "-32768, d18000", "-32769, d2ffff7fff",
        "-2147483648, d280000000", "-2147483649, d3ffffffff7fffffff",
        "9223372036854775807, cf7fffffffffffffff", "-9223372036854775808, d38000000000000000",
    })
    void integersUseTheMostCompactForm(long ntli, String expected) {
        String hex = Hex.encode(ActionMsgpack.encode(new UpdateIsolatedMargin(0, true, ntli)));

        assertTrue(hex.endsWith(NTLI_KEY + expected), hex);
    }

    @Test
    void falseIsC2() {
        String hex = Hex.encode(ActionMsgpack.encode(new UpdateIsolatedMargin(0, false, 1)));

        assertTrue(hex.endsWith("a56973427579" + "c2" + NTLI_KEY + "01"), hex);
    }

    @Test
    void longStringsUseStr8AndAddressesAreLowercase() {
        String builder = "0x6530512A6c89C7cfCEbC3BA7fcD9aDa5f30827a6";
        String cloid = "0x00000000000000000000000000ABCDEF";
        Order order = new Order(List.of(new OrderRequest(0, true, "1", "1", false, new OrderType.Limit(Tif.ALO),
                cloid)), Grouping.NA, new BuilderFee(builder, 10));

        byte[] expected = OrderedMsgpack.encode(map("type", "order",
                "orders", List.of(map("a", 0, "b", true, "p", "1", "s", "1", "r", false,
                        "t", map("limit", map("tif", "Alo")), "c", cloid.toLowerCase())),
                "grouping", "na", "builder", map("b", builder.toLowerCase(), "f", 10)));
        String hex = Hex.encode(ActionMsgpack.encode(order));

        assertArrayEquals(expected, ActionMsgpack.encode(order));
        assertTrue(hex.contains("d92a" + Hex.encode(builder.toLowerCase().getBytes()).substring(2)), hex);
        assertTrue(hex.contains("d922" + Hex.encode(cloid.toLowerCase().getBytes()).substring(2)), hex);
        assertTrue(hex.startsWith("0x84"), "builder present: 4 entries");
    }

    @Test
    void absentOptionalsAreOmittedNotNil() {
        Order order = new Order(List.of(new OrderRequest(0, true, "1", "1", false, new OrderType.Limit(Tif.GTC),
                null)), Grouping.NA, null);
        String hex = Hex.encode(ActionMsgpack.encode(order));

        assertTrue(hex.startsWith("0x83"), hex);
        assertTrue(hex.contains("9186"), "one order of 6 entries: " + hex);
        assertTrue(!hex.contains("c0"), "no nil anywhere: " + hex);
    }

    @Test
    void triggerOrderAndCancelAndNoopMatchTheSdkShapes() {
        Order trigger = new Order(List.of(new OrderRequest(3, false, "2500.50", "0.10", true,
                new OrderType.Trigger(true, "2400.0", Tpsl.SL), null)), Grouping.POSITION_TPSL, null);
        assertArrayEquals(OrderedMsgpack.encode(map("type", "order",
                        "orders", List.of(map("a", 3, "b", false, "p", "2500.5", "s", "0.1", "r", true,
                                "t", map("trigger", map("isMarket", true, "triggerPx", "2400", "tpsl", "sl")))),
                        "grouping", "positionTpsl")),
                ActionMsgpack.encode(trigger));

        Cancel cancel = new Cancel(List.of(new CancelRequest(1, 77_738_308L)));
        assertArrayEquals(OrderedMsgpack.encode(map("type", "cancel",
                "cancels", List.of(map("a", 1, "o", 77_738_308L)))), ActionMsgpack.encode(cancel));

        assertEquals("0x81a474797065a46e6f6f70", Hex.encode(ActionMsgpack.encode(new Noop())));
    }

    @Test
    void trailingZerosAreCanonicalisedBeforeHashing() {
        // nktkas#1: a client that signs p "25.20" recovers a random wallet; the canonical "25.2" recovers the signer
        Signer py = Signer.fromPrivateKey(TestKeys.PY_KEY);
        Order order = new Order(List.of(new OrderRequest(0, true, "25.20", "1", false, new OrderType.Limit(Tif.GTC),
                null)), Grouping.NA, null);
        byte[] clientBytes = OrderedMsgpack.encode(map("type", "order",
                "orders", List.of(map("a", 0, "b", true, "p", "25.20", "s", "1", "r", false,
                        "t", map("limit", map("tif", "Gtc")))), "grouping", "na"));
        Signature sloppy = py.sign(PhantomAgentDigest.digest(ActionHash.connectionId(clientBytes, 1, null, null),
                Network.MAINNET));
        byte[] serverDigest = ExchangeDigest.of(order, 1, null, null, Network.MAINNET);

        assertEquals("25.2", order.orders().get(0).price());
        assertNotEquals(TestKeys.PY_ADDRESS, SignatureRecovery.recover(serverDigest, sloppy));
        assertEquals(TestKeys.PY_ADDRESS,
                SignatureRecovery.recover(serverDigest, py.signL1(order, 1, null, null, Network.MAINNET)));
    }
}
