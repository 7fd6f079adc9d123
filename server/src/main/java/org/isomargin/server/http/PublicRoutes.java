package org.isomargin.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public port: Bybit V5 under /v5/, Hyperliquid at /exchange and /info. Bodies are collected whole, up to
 * 64 KiB; a larger one is dropped and the dialect told so (it answers in its own error format).
 */
public final class PublicRoutes {
    public static final int MAX_BODY = 64 * 1024;

    private final DialectHandler bybit;
    private final DialectHandler hyperliquid;

    public PublicRoutes(DialectHandler bybit, DialectHandler hyperliquid) {
        this.bybit = bybit;
        this.hyperliquid = hyperliquid;
    }

    public void handle(HttpServerRequest req) {
        String path = req.path();
        DialectHandler target = path.startsWith("/v5/") ? bybit
                : path.equals("/exchange") || path.equals("/info") ? hyperliquid : null;
        if (target == null) {
            req.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"not_found\",\"message\":\"no route " + path.replace("\"", "") + "\"}");
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = {false};
        req.handler(chunk -> {
            if (tooLarge[0]) return;
            if (body.length() + chunk.length() > MAX_BODY) tooLarge[0] = true;
            else body.appendBuffer(chunk);
        });
        req.endHandler(v -> target.handle(req, tooLarge[0] ? null : body));
    }
}
