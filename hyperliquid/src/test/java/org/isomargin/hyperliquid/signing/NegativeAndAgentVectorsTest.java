package org.isomargin.hyperliquid.signing;

import static org.isomargin.hyperliquid.signing.OrderedMsgpack.map;
import static org.isomargin.hyperliquid.signing.SignatureAssert.assertSignature;
import static org.isomargin.hyperliquid.signing.SignatureAssert.signature;
import static org.isomargin.hyperliquid.signing.TestKeys.NONCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isomargin.hyperliquid.wire.Hex;
import org.isomargin.hyperliquid.wire.Signature;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.junit.jupiter.api.Test;

/** The negative-path and agent-path checks of hyperliquid.md §2.5. */
class NegativeAndAgentVectorsTest {

    private static final Signer PY = Signer.fromPrivateKey(TestKeys.PY_KEY);
    private static final UpdateIsolatedMargin A = new UpdateIsolatedMargin(0, true, 1_000_000);

    @Test
    void wrongKeyOrderRecoversAnotherWallet() {
        // the client hashes {type, asset, ntli, isBuy}; the server hashes its canonical order
        byte[] clientBytes = OrderedMsgpack.encode(
                map("type", "updateIsolatedMargin", "asset", 0, "ntli", 1_000_000, "isBuy", true));
        Signature clientSig = PY.sign(PhantomAgentDigest.digest(
                ActionHash.connectionId(clientBytes, NONCE, null, null), Network.TESTNET));

        String recovered = SignatureRecovery.recover(ExchangeDigest.of(A, NONCE, null, null, Network.TESTNET),
                clientSig);

        assertEquals("0x496425dda584fe11a9b2f3d1c34c04a14f7ceb21", recovered);
        assertEquals("User or API Wallet 0x496425dda584fe11a9b2f3d1c34c04a14f7ceb21 does not exist.",
                "User or API Wallet " + recovered + " does not exist.");
    }

    @Test
    void wrongNetworkRecoversAnotherWallet() {
        // PY "dummy" mainnet signature checked as testnet (source "b")
        byte[] dummy = OrderedMsgpack.encode(map("type", "dummy", "num", 100_000_000_000L));
        byte[] testnetDigest = PhantomAgentDigest.digest(ActionHash.connectionId(dummy, 0, null, null),
                Network.TESTNET);
        Signature mainnetSig = signature("0x53749d5b30552aeb2fca34b530185976545bb22d0b3ce6f62e31be961a59298",
                "0x755c40ba9bf05223521753995abb2f73ab3229be8ec921f350cb447e384d8ed8", 27);

        assertEquals("0xafa5099a18253ba5b0529a96ead040376d86a929",
                SignatureRecovery.recover(testnetDigest, mainnetSig));
    }

    @Test
    void agentSignedVectorA() {
        Signer agent = Signer.fromPrivateKey(TestKeys.AGENT_KEY);
        long nonce = 1_700_000_000_001L;

        assertEquals(TestKeys.AGENT_ADDRESS, agent.address());
        assertEquals("0xc20fbf27b445469f21476271d2ca0b124fa5b9aa1379f069d578e721c000f699",
                Hex.encode(ActionHash.connectionId(ActionMsgpack.encode(A), nonce, null, null)));
        String r = "0x2bb3a70657989817b0050a44702b79820332573a67a7b0048f584060cc9e174a";
        String s = "0x4e11d0cf540b254e68a5d7770db190f30a7009ed04de2e66e5dede18beb71646";
        assertSignature(r, s, 28, agent.signL1(A, nonce, null, null, Network.TESTNET));
        assertEquals(TestKeys.AGENT_ADDRESS, SignatureRecovery.recover(
                ExchangeDigest.of(A, nonce, null, null, Network.TESTNET), signature(r, s, 28)));
    }
}
