package org.isomargin.bybit.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;

/**
 * A real Vert.x HTTP server on a random loopback port, doing what the server module promises the dialect: every
 * /v5/ request with its complete body, or null once the body passed 64 KiB.
 */
final class TestServer implements AutoCloseable {
    /** One Vert.x for the whole test JVM: starting it per test would dominate the run time. */
    private static final Vertx VERTX = Vertx.vertx();

    private final HttpServer server;

    TestServer(BybitDialect dialect) {
        HttpServer s = VERTX.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
        s.requestHandler(req -> {
            if (!req.path().startsWith("/v5/")) {
                req.response().setStatusCode(404).end();
                return;
            }
            Buffer body = Buffer.buffer();
            boolean[] tooLarge = {false};
            req.handler(chunk -> {
                if (tooLarge[0]) return;
                if (body.length() + chunk.length() > BybitDialect.MAX_BODY_BYTES) tooLarge[0] = true;
                else body.appendBuffer(chunk);
            });
            req.endHandler(v -> dialect.handle(req, tooLarge[0] ? null : body));
        });
        this.server = await(s.listen());
    }

    int port() { return server.actualPort(); }

    String baseUrl() { return "http://127.0.0.1:" + port(); }

    @Override
    public void close() { await(server.close()); }

    private static <T> T await(io.vertx.core.Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
