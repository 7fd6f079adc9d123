package org.isomargin.hyperliquid.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Writes responses on the request's own context. Engine futures may complete on the engine or journal thread,
 * and Vert.x responses must only be touched from the connection's event loop.
 */
final class Replies {

    // NK rejects any response whose Content-Type lacks application/json, even on HTTP 200 (CLIENTS.md §4.1).
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence TEXT = HttpHeaders.createOptimized("text/plain; charset=utf-8");
    static final String INTERNAL = "Internal Server Error";

    private Replies() {
    }

    static void json(HttpServerRequest req, byte[] body) {
        write(req, 200, JSON, body);
    }

    static void text(HttpServerRequest req, int status, String body) {
        write(req, status, TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers with the JSON {@code body} builds once an engine future completes, on {@code context}: now if we are
     * already there (DirectGateway), else scheduled there. A failed future or a defect in {@code body} becomes a 500
     * rather than a request left hanging.
     */
    static void later(HttpServerRequest req, Context context, Throwable failure, Supplier<byte[]> body) {
        Runnable answer = () -> {
            if (failure != null) {
                text(req, 500, INTERNAL);
                return;
            }
            byte[] json;
            try {
                json = body.get();
            } catch (RuntimeException defect) {
                text(req, 500, INTERNAL);
                return;
            }
            json(req, json);
        };
        if (context == null || Vertx.currentContext() == context) {
            answer.run();
        } else {
            context.runOnContext(ignored -> answer.run());
        }
    }

    private static void write(HttpServerRequest req, int status, CharSequence contentType, byte[] body) {
        HttpServerResponse resp = req.response();
        if (resp.ended() || resp.closed()) {
            return; // the client went away while the engine worked; nothing to tell it
        }
        resp.setStatusCode(status);
        resp.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
        resp.end(Buffer.buffer(body));
    }
}
