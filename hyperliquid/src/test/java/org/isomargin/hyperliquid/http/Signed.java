package org.isomargin.hyperliquid.http;

import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.Signer;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.isomargin.hyperliquid.wire.ApproveAgent;
import org.isomargin.hyperliquid.wire.ExchangeRequestWriter;
import org.isomargin.hyperliquid.wire.L1Action;

/** Request bodies signed the way the SDKs sign them, for the test network unless told otherwise. */
final class Signed {

    static final Signer USER = Signer.fromPrivateKey(TestKeys.PY_KEY);
    static final Signer AGENT = Signer.fromPrivateKey(TestKeys.AGENT_KEY);
    static final Signer STRANGER = Signer.fromPrivateKey("0x03");

    private Signed() {
    }

    static String l1(Signer s, L1Action action, long nonce) {
        return l1(s, action, nonce, null, null, Network.TESTNET);
    }

    static String l1(Signer s, L1Action action, long nonce, String vault, Long expiresAfter, Network network) {
        return ExchangeRequestWriter.toJson(s.l1Request(action, nonce, vault, expiresAfter, network));
    }

    static String approveAgent(Signer s, String chain, String agent, String name, long nonce) {
        return ExchangeRequestWriter.toJson(s.userRequest(new ApproveAgent(chain, "0x66eee", agent, name, nonce)));
    }
}
