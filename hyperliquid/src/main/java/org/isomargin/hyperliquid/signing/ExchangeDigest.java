package org.isomargin.hyperliquid.signing;

import org.isomargin.hyperliquid.wire.ApproveAgent;
import org.isomargin.hyperliquid.wire.ExchangeAction;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.L1Action;

/** The 32-byte digest a request's signature must cover, rebuilt from the parsed (canonical) action, never from the body. */
public final class ExchangeDigest {

    private ExchangeDigest() {
    }

    /** @param network the server's network; user-signed actions carry theirs inside and ignore it here */
    public static byte[] of(ExchangeRequest request, Network network) {
        return of(request.action(), request.nonce(), request.vaultAddress(), request.expiresAfter(), network);
    }

    public static byte[] of(ExchangeAction action, long nonce, String vaultAddress, Long expiresAfter,
                            Network network) {
        if (action instanceof L1Action l1) {
            byte[] connectionId = ActionHash.connectionId(ActionMsgpack.encode(l1), nonce, vaultAddress, expiresAfter);
            return PhantomAgentDigest.digest(connectionId, network);
        }
        if (action instanceof ApproveAgent approveAgent) {
            return ApproveAgentDigest.digest(approveAgent); // user-signed: no vault, no expiresAfter (§2.4)
        }
        throw new IllegalStateException("no digest for " + action.type()); // unreachable while the set is sealed
    }
}
