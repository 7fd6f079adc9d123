package org.isomargin.hyperliquid.wire;

import static org.isomargin.hyperliquid.signing.TestKeys.PY_ADDRESS;
import static org.isomargin.hyperliquid.signing.TestKeys.VAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.isomargin.hyperliquid.signing.ExchangeDigest;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.SignatureRecovery;
import org.junit.jupiter.api.Test;

/**
 * Every envelope variant of hyperliquid.md §1.2, in the key orders and value forms the PY, RS, NK and ccxt SDKs
 * were captured sending (§2.5 "Captured wire bodies"), each carrying a real margin-vector signature.
 */
class CapturedEnvelopesTest {

    private static final String ACTION_A = "{\"type\":\"updateIsolatedMargin\",\"asset\":0,\"isBuy\":true,\"ntli\":1000000}";
    private static final String SIG_A_TESTNET = "{\"r\":\"0x293a6a4388ea33e84aa5d15c23c9041c7f6dcbcc9229eb966f3792490ed36073\","
            + "\"s\":\"0x368422aa0101af6f57d028f4c8521eeaa372b168a0eb9fcedc0ac88216dfdfb1\",\"v\":28}";

    private static String recover(ExchangeRequest request, Network network) {
        return SignatureRecovery.recover(ExchangeDigest.of(request, network), request.signature());
    }

    @Test
    void pythonSdkSendsNullsForUnusedFields() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":" + ACTION_A + ",\"nonce\":1700000000000,"
                + "\"signature\":" + SIG_A_TESTNET + ",\"vaultAddress\":null,\"expiresAfter\":null}");

        assertEquals(new UpdateIsolatedMargin(0, true, 1_000_000), request.action());
        assertEquals(1_700_000_000_000L, request.nonce());
        assertNull(request.vaultAddress());
        assertNull(request.expiresAfter());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void rustSdkPutsSignatureBeforeNonceAndNeverSendsExpiresAfter() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":" + ACTION_A + ",\"signature\":"
                + SIG_A_TESTNET + ",\"nonce\":1700000000000,\"vaultAddress\":null}");

        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void nktkasLeavesUnusedFieldsOut() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"updateIsolatedMargin\","
                + "\"asset\":0,\"isBuy\":true,\"ntli\":-1000000},\"signature\":{"
                + "\"r\":\"0x156e45528987429b58fef2446fd1bee6e3c89a4c31fb26fadb25f8c4b28a9e74\","
                + "\"s\":\"0x6cfa27b0e9cc1b1ffd457ee50e0d68d7a0435aa57a458d6259c5f3d2722ae4ff\",\"v\":28},"
                + "\"nonce\":1700000000000}");

        assertEquals(-1_000_000L, ((UpdateIsolatedMargin) request.action()).ntli());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void nktkasWithVaultAndExpiresAfter() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":" + ACTION_A + ",\"signature\":{"
                + "\"r\":\"0x3876d02983389254a53fbb92c301a557b43682787315f71e3e47c4100736a30a\","
                + "\"s\":\"0x4c5504607923da0a9d3a81f6a0e7a44f70b320025e868f24ffe0969d509350b8\",\"v\":28},"
                + "\"nonce\":1700000000000,\"vaultAddress\":\"" + VAULT + "\",\"expiresAfter\":1700000060000}");

        assertEquals(VAULT, request.vaultAddress());
        assertEquals(1_700_000_060_000L, request.expiresAfter());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void ccxtSendsTheVaultWithoutPrefix() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":" + ACTION_A + ",\"nonce\":1700000000000,"
                + "\"signature\":{\"r\":\"0xe813f625a054d7576a612ce76cf83f34392a09698f9988bc401d9282791a671b\","
                + "\"s\":\"0x7c6ce2248a1a4a1e174738ef05565e1f3d98e54a717d6359cdf6f24f1e49135d\",\"v\":27},"
                + "\"vaultAddress\":\"1719884eb866cb12b2287399b15f7db5e7d775ea\"}");

        assertEquals(VAULT, request.vaultAddress());
        assertEquals(PY_ADDRESS, recover(request, Network.MAINNET));
        assertNotEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void ccxtOddLengthR() throws WireFormatException {
        // vector F mainnet; r = 0x04e97c… sent with its leading zero stripped (63 digits)
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"updateIsolatedMargin\","
                + "\"asset\":3,\"isBuy\":true,\"ntli\":123456789000},\"nonce\":1700000000000,\"signature\":{"
                + "\"r\":\"0x4e97cbd5a6f2a7618769a3b3ad961bb0741b1b59fc2858218d27ff4313f18c7\","
                + "\"s\":\"0x74a986a1933deef56d722abf9670eac51d5b291bc07566df69e391f0a279e820\",\"v\":27}}");

        assertEquals(PY_ADDRESS, recover(request, Network.MAINNET));
    }

    @Test
    void oddLengthSAndUppercaseHex() throws WireFormatException {
        // vector G mainnet; s = 0x0242c5… stripped to 63 digits, r in upper case
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"updateIsolatedMargin\","
                + "\"asset\":1,\"isBuy\":true,\"ntli\":-5},\"nonce\":1700000000000,\"signature\":{"
                + "\"r\":\"0x55902E4C7EBFB98B61E5E018D74BBAE9E927CAF7869B5FCB80BC42F113011668\","
                + "\"s\":\"0x242c50390ecfa5c3cda7bec7620645f8498833a966459633da1a8596a2361aa\",\"v\":27}}");

        assertEquals(PY_ADDRESS, recover(request, Network.MAINNET));
    }

    @Test
    void pythonChecksummedVault() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":" + ACTION_A + ",\"nonce\":1700000000000,"
                + "\"signature\":{\"r\":\"0x96701e01d6c0c290ac5d0d550081d4390ad5dbfad016a51df69219672b3dd5fe\","
                + "\"s\":\"0x2e55af7953388bd74ebd91a74070a1018741915a9f1534e9af49b11368a435aa\",\"v\":28},"
                + "\"vaultAddress\":\"0x1719884eB866cb12b2287399B15F7db5e7d775eA\",\"expiresAfter\":null}");

        assertEquals(VAULT, request.vaultAddress());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void vZeroOrOne() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":" + ACTION_A + ",\"nonce\":1700000000000,"
                + "\"signature\":" + SIG_A_TESTNET.replace("\"v\":28", "\"v\":1") + "}");

        assertEquals(1, request.signature().v());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void topUpLeverageIsHashedCanonically() throws WireFormatException {
        // vector H mainnet was signed over "0.5"; "0.50" on the wire re-encodes to the same bytes
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"topUpIsolatedOnlyMargin\","
                + "\"asset\":5,\"leverage\":\"0.50\"},\"nonce\":1700000000000,\"signature\":{"
                + "\"r\":\"0x13bb93b25a9e41c92b8417405dd4643babcf231d3e5c99013541ec1830259109\","
                + "\"s\":\"0x0208fea4a68f10d49236e99fcde334ba1d7f3797bf53fa0ab78b5c81855083bd\",\"v\":27}}");

        assertEquals(new TopUpIsolatedOnlyMargin(5, "0.5"), request.action());
        assertEquals(PY_ADDRESS, recover(request, Network.MAINNET));
    }

    @Test
    void updateLeverage() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"updateLeverage\",\"asset\":0,"
                + "\"isCross\":false,\"leverage\":10},\"nonce\":1700000000000,\"signature\":{"
                + "\"r\":\"0x695d8364d9a9efc797cc69e5d720391ab21a5071447ba9863dab044b903572ca\","
                + "\"s\":\"0x3e4e3a0468ea31b69930e1358dcaaccfb9265e83b60741b89457573d74716e8b\",\"v\":27}}");

        assertEquals(new UpdateLeverage(0, false, 10), request.action());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void pythonApproveAgentWithoutAgentName() throws WireFormatException {
        // PY key order; agentName left out when unnamed, but signed as ""
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"approveAgent\","
                + "\"agentAddress\":\"0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF\",\"nonce\":1700000000000,"
                + "\"signatureChainId\":\"0x66eee\",\"hyperliquidChain\":\"Testnet\"},\"nonce\":1700000000000,"
                + "\"signature\":{\"r\":\"0x3e0e4cf7a5dd61cbfb5fc727f7e7b74406b3c02ec75001f24a5036d350745d44\","
                + "\"s\":\"0x355fd4ee78d926c9090367a01d568ffa8a6802e8ff54c54a5e2dcdc850488dce\",\"v\":27},"
                + "\"vaultAddress\":null,\"expiresAfter\":null}");

        ApproveAgent action = (ApproveAgent) request.action();
        assertEquals("", action.agentName());
        assertEquals("0x2b5ad5c4795c026514f8317c7a215e218dccd6cf", action.agentAddress());
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void unknownFieldsAreIgnoredLikeSerde() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"updateIsolatedMargin\","
                + "\"asset\":0,\"isBuy\":true,\"ntli\":1000000,\"extra\":[1]},\"nonce\":1700000000000,"
                + "\"signature\":" + SIG_A_TESTNET + ",\"isFrontend\":true}");

        // the extra field is not part of the canonical re-encoding, so the signer still matches
        assertEquals(PY_ADDRESS, recover(request, Network.TESTNET));
    }

    @Test
    void orderWithTriggerCloidAndBuilder() throws WireFormatException {
        ExchangeRequest request = ExchangeRequestParser.parse("{\"action\":{\"type\":\"order\",\"orders\":["
                + "{\"a\":4,\"b\":false,\"p\":\"1670.10\",\"s\":\"0.0147\",\"r\":true,"
                + "\"t\":{\"trigger\":{\"isMarket\":true,\"triggerPx\":\"1600.0\",\"tpsl\":\"sl\"}},"
                + "\"c\":\"0x0000000000000000000000000000ABCD\"},"
                + "{\"a\":0,\"b\":true,\"p\":\"30000\",\"s\":\"0.1\",\"r\":false,\"t\":{\"limit\":{\"tif\":\"Gtc\"}},\"c\":null}],"
                + "\"grouping\":\"normalTpsl\",\"builder\":{\"b\":\"0x6530512A6c89C7cfCEbC3BA7fcD9aDa5f30827a6\",\"f\":10}},"
                + "\"nonce\":1,\"signature\":{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}}");

        Order order = (Order) request.action();
        assertEquals(new OrderRequest(4, false, "1670.1", "0.0147", true,
                new OrderType.Trigger(true, "1600", Tpsl.SL), "0x0000000000000000000000000000abcd"),
                order.orders().get(0));
        assertNull(order.orders().get(1).cloid());
        assertEquals(Grouping.NORMAL_TPSL, order.grouping());
        assertEquals(new BuilderFee("0x6530512a6c89c7cfcebc3ba7fcd9ada5f30827a6", 10), order.builder());
    }

    @Test
    void cancelAndNoop() throws WireFormatException {
        ExchangeRequest cancel = ExchangeRequestParser.parse("{\"action\":{\"type\":\"cancel\",\"cancels\":"
                + "[{\"a\":1,\"o\":77738308}]},\"nonce\":1,\"signature\":{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}}");
        ExchangeRequest noop = ExchangeRequestParser.parse("{\"action\":{\"type\":\"noop\"},\"nonce\":1,"
                + "\"signature\":{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}}");

        assertEquals(new Cancel(java.util.List.of(new CancelRequest(1, 77_738_308L))), cancel.action());
        assertEquals(new Noop(), noop.action());
    }
}
