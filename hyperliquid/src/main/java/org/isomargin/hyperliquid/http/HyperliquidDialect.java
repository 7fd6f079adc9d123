package org.isomargin.hyperliquid.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Objects;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.hyperliquid.signing.Network;

/**
 * The Hyperliquid HTTP dialect: {@code POST /exchange} and {@code POST /info} on the server's port. Call
 * {@link #handle} on the request's event loop with the complete body; it answers the request itself, possibly
 * later, on the same context. Thread-safe and stateless apart from the gateway.
 */
public final class HyperliquidDialect {

    /** What axum answers when its body limit is exceeded; Isomargin's limit is the server's 64 KiB. */
    static final String TOO_LARGE = "Failed to buffer the request body: length limit exceeded";

    private final ExchangeEndpoint exchange;
    private final InfoEndpoint info;

    /** @param network whose signatures are accepted (phantom-agent source and user-signed hyperliquidChain) */
    public HyperliquidDialect(EngineGateway gateway, Network network) {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(network, "network");
        this.exchange = new ExchangeEndpoint(gateway, network);
        this.info = new InfoEndpoint(gateway);
    }

    /**
     * @param body the raw request body, or null when it exceeded the server's limit (answered 413, text/plain)
     */
    public void handle(HttpServerRequest req, Buffer body) {
        String path = req.path();
        boolean isExchange = "/exchange".equals(path);
        if (!isExchange && !"/info".equals(path)) {
            Replies.text(req, 404, "Not Found");
            return;
        }
        if (req.method() != HttpMethod.POST) {
            // Both routes are POST-only on the venue (hyperliquid.md §1.1); axum's method router answers any other
            // method 405 with an empty body and Allow, before reading the body, so nothing else is looked at.
            methodNotAllowed(req);
            return;
        }
        if (body == null) {
            Replies.text(req, 413, TOO_LARGE);
            return;
        }
        byte[] bytes = body.getBytes();
        try {
            if (isExchange) {
                exchange.handle(req, bytes);
            } else {
                info.handle(req, bytes);
            }
        } catch (RuntimeException bug) {
            Replies.text(req, 500, Replies.INTERNAL); // never leave a request hanging on a defect
        }
    }

    /** 405 the way axum's method router sends it: no body, no Content-Type, the allowed method in Allow. */
    private static void methodNotAllowed(HttpServerRequest req) {
        HttpServerResponse resp = req.response();
        if (resp.ended() || resp.closed()) {
            return;
        }
        resp.setStatusCode(405);
        resp.putHeader(HttpHeaders.ALLOW, "POST");
        resp.end();
    }
}
