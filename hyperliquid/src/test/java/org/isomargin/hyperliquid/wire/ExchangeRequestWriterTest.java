package org.isomargin.hyperliquid.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.junit.jupiter.api.Test;

/** The JSON a load generator sends: canonical action order, nktkas envelope, and it parses back unchanged. */
class ExchangeRequestWriterTest {

    private static final Signer PY = Signer.fromPrivateKey(TestKeys.PY_KEY);

    @Test
    void nktkasShapedBody() {
        ExchangeRequest request = PY.l1Request(new UpdateIsolatedMargin(0, true, 1_000_000), TestKeys.NONCE, null,
                null, Network.TESTNET);

        assertEquals("{\"action\":{\"type\":\"updateIsolatedMargin\",\"asset\":0,\"isBuy\":true,\"ntli\":1000000},"
                + "\"nonce\":1700000000000,\"signature\":{"
                + "\"r\":\"0x293a6a4388ea33e84aa5d15c23c9041c7f6dcbcc9229eb966f3792490ed36073\","
                + "\"s\":\"0x368422aa0101af6f57d028f4c8521eeaa372b168a0eb9fcedc0ac88216dfdfb1\",\"v\":28}}",
                ExchangeRequestWriter.toJson(request));
    }

    @Test
    void everyActionRoundTrips() throws WireFormatException {
        List<ExchangeAction> actions = List.of(
                new UpdateIsolatedMargin(7, false, -2_500_000),
                new TopUpIsolatedOnlyMargin(5, "0.5"),
                new UpdateLeverage(1, true, 20),
                new Order(List.of(new OrderRequest(4, true, "1670.1", "0.0147", false, new OrderType.Limit(Tif.IOC),
                                "0x000000000000000000000000000000ff"),
                        new OrderRequest(4, false, "1", "2", true, new OrderType.Trigger(false, "1500", Tpsl.TP), null)),
                        Grouping.POSITION_TPSL, new BuilderFee(TestKeys.VAULT, 1)),
                new Cancel(List.of(new CancelRequest(0, 1), new CancelRequest(3, Long.MAX_VALUE))),
                new Noop(),
                new ApproveAgent("Mainnet", "0xa4b1", TestKeys.AGENT_ADDRESS, "bot1", TestKeys.NONCE));
        for (ExchangeAction action : actions) {
            ExchangeRequest request = action instanceof L1Action l1
                    ? PY.l1Request(l1, TestKeys.NONCE, TestKeys.VAULT, TestKeys.EXPIRES, Network.MAINNET)
                    : PY.userRequest((UserSignedAction) action);

            assertEquals(request, ExchangeRequestParser.parse(ExchangeRequestWriter.toBytes(request)), action.type());
        }
    }
}
