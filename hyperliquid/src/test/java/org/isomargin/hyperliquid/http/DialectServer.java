package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A real Vert.x HTTP server on a random loopback port, wired the way the server module promises: POST /exchange and
 * /info go to {@link HyperliquidDialect#handle} with the whole body, or null above 64 KiB. Tests swap the dialect.
 */
final class DialectServer implements AutoCloseable {

    static final int BODY_LIMIT = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile HyperliquidDialect dialect;
    private final HttpServer server;
    private final int port;

    DialectServer() throws Exception {
        server = vertx.createHttpServer().requestHandler(req -> {
            String path = req.path();
            if (req.method() != HttpMethod.POST || !("/exchange".equals(path) || "/info".equals(path))) {
                req.response().setStatusCode(404).end();
                return;
            }
            req.body().onComplete(ar -> {
                Buffer body = ar.succeeded() ? ar.result() : null;
                dialect.handle(req, body == null || body.length() > BODY_LIMIT ? null : body);
            });
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        port = server.actualPort();
    }

    void use(HyperliquidDialect d) {
        this.dialect = d;
    }

    Reply post(String path, String body) {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    Reply post(String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /info with a JSON body. */
    JsonNode info(String body) {
        Reply r = post("/info", body);
        if (r.status() != 200 || !r.contentType().startsWith("application/json")) {
            throw new AssertionError("info " + body + " → " + r);
        }
        return r.json();
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    /** One HTTP response. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
