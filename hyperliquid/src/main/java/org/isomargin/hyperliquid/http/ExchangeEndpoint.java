package org.isomargin.hyperliquid.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import org.isomargin.engine.command.HlAction;
import org.isomargin.engine.command.HlActionBody;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.result.ResultCode;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.hyperliquid.wire.Address;
import org.isomargin.hyperliquid.wire.ExchangeAction;
import org.isomargin.hyperliquid.wire.ExchangeRequest;
import org.isomargin.hyperliquid.wire.ExchangeRequestParser;
import org.isomargin.hyperliquid.wire.UserSignedAction;
import org.isomargin.hyperliquid.wire.WireFormatException;

/**
 * {@code POST /exchange}: parse (422 on schema errors), recover the signer on this thread, then hand the engine an
 * {@link HlAction}. Everything else — principal, nonce, vault, margin rules — is the engine's decision.
 */
final class ExchangeEndpoint {

    /** The venue prints the zero address for a signature it cannot recover (python-sdk#143). */
    static final String UNRECOVERABLE_SIGNER = "User or API Wallet " + Address.ZERO + " does not exist.";

    private final EngineGateway gateway;
    private final Network network;

    ExchangeEndpoint(EngineGateway gateway, Network network) {
        this.gateway = gateway;
        this.network = network;
    }

    void handle(HttpServerRequest req, byte[] body) {
        ExchangeRequest request;
        try {
            request = ExchangeRequestParser.parse(body);
        } catch (WireFormatException e) {
            if (SideCalls.acknowledged(body)) {
                Replies.json(req, ExchangeReplies.OK_DEFAULT);
            } else {
                Replies.text(req, 422, e.getMessage());
            }
            return;
        }
        ExchangeAction action = request.action();
        boolean userSigned = action instanceof UserSignedAction;
        if (userSigned) {
            String rejection = RequestSigner.userSignedRejection((UserSignedAction) action, request.nonce(), network);
            if (rejection != null) {
                Replies.json(req, ExchangeReplies.error(rejection));
                return;
            }
        }
        if (request.nonceAboveI64()) {
            // The engine holds nonces as i64 milliseconds. A u64 from 2^63 up is above T + 1 day for any T, so it
            // fails the engine's first check (nonce window, before the signer) whatever the state: answer that
            // check's own message here. Like every nonce-window refusal it changes nothing.
            long bound = gateway.now() + HlAction.NONCE_HORIZON_MS;
            Replies.json(req, ExchangeReplies.error(
                    ResultCode.NONCE_TOO_HIGH.hyperliquidMessage(request.nonceText(), bound)));
            return;
        }
        String signer = RequestSigner.recover(request, network);
        if (signer == null) {
            // No key signed this: refused here, so it can never reach (or be matched to) any principal.
            Replies.json(req, ExchangeReplies.error(UNRECOVERABLE_SIGNER));
            return;
        }
        HlActionBody engineBody = ActionBodies.of(action);
        long nonce = request.nonce();
        // vaultAddress and expiresAfter are not covered by a user-signed signature, so they cannot be trusted there.
        Long expiresAfter = userSigned ? null : request.expiresAfter();
        String vault = userSigned ? null : request.vaultAddress();
        Context context = Vertx.currentContext();
        gateway.submit(ts -> new HlAction(ts, signer, nonce, expiresAfter, vault, engineBody))
                .whenComplete((result, failure) ->
                        Replies.later(req, context, failure, () -> ExchangeReplies.of(action, result)));
    }
}
