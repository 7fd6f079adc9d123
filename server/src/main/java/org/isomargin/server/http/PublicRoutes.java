package org.isomargin.server.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
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
            req.response().setStatusCode(404).putHeader("Content-Type", "application/json").end(notFoundBody(path));
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

    /** The public 404: the path is echoed as a properly escaped JSON string, so the body parses for any path. */
    static String notFoundBody(String path) {
        StringBuilder out = new StringBuilder("{\"error\":\"not_found\",\"message\":\"no route ");
        JsonStringEncoder.getInstance().quoteAsString(path, out);
        return out.append("\"}").toString();
    }
}
