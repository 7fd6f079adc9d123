package org.isomargin.hyperliquid.http;

import org.isomargin.hyperliquid.signing.ExchangeDigest;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.signing.SignatureRecovery;
import org.isomargin.hyperliquid.wire.ApproveAgent;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.UserSignedAction;

/**
 * Who signed a request. A wrong key, payload or network recovers some other address, which the engine then reports
 * as an unknown wallet (hyperliquid.md §2.3); an unrecoverable signature gives null, refused before the engine. Costs ~150 µs, so it runs on the event loop.
 */
final class RequestSigner {

    static final String NONCE_MISMATCH = "Nonce mismatch.";

    private RequestSigner() {
    }

    /**
     * Checks a user-signed action's own fields against the envelope and the server's network.
     *
     * @return null when consistent, else the Hyperliquid error text
     */
    static String userSignedRejection(UserSignedAction action, long envelopeNonce, Network network) {
        if (action.nonce() != envelopeNonce) {
            return NONCE_MISMATCH;
        }
        String chain = chainOf(action);
        if (!network.hyperliquidChain().equals(chain)) {
            return "Invalid hyperliquidChain: " + chain + " (this server is " + network.hyperliquidChain() + ").";
        }
        return null;
    }

    /** Lowercase {@code 0x…} address of the signer, or null when nothing can be recovered (never the zero address). */
    static String recover(ExchangeRequest request, Network network) {
        return SignatureRecovery.recover(ExchangeDigest.of(request, network), request.signature());
    }

    /** approveAgent is the only user-signed action today; a future one without the field never matches. */
    private static String chainOf(UserSignedAction action) {
        return action instanceof ApproveAgent a ? a.hyperliquidChain() : null;
    }
}
