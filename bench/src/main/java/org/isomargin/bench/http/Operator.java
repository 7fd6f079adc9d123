package org.isomargin.bench.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** The operator API (operator-api.md) over loopback, with the bearer token; used only to set the world up. */
final class Operator implements AutoCloseable {
    private final HttpClientAgent client;
    private final String auth;

    Operator(Vertx vertx, int adminPort, String token) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(adminPort)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(32).setMaxWaitQueueSize(-1));
        this.auth = "Bearer " + token;
    }

    /** Answers the JSON body of a 200, or fails with the status and body of anything else. */
    CompletableFuture<JsonObject> call(HttpMethod method, String path, JsonObject body) {
        CompletableFuture<JsonObject> out = new CompletableFuture<>();
        client.request(new RequestOptions().setMethod(method).setURI(path).putHeader("Authorization", auth)
                        .putHeader("Content-Type", "application/json"))
                .compose(req -> req.send(body == null ? Buffer.buffer() : body.toBuffer()))
                .compose(resp -> resp.body().map(b -> {
                    if (resp.statusCode() != 200)
                        throw new IllegalStateException(method + " " + path + " → " + resp.statusCode() + " " + b);
                    return new JsonObject(b);
                }))
                .onComplete(ar -> {
                    if (ar.succeeded()) out.complete(ar.result());
                    else out.completeExceptionally(ar.cause());
                });
        return out;
    }

    JsonObject sync(HttpMethod method, String path, JsonObject body) throws Exception {
        return call(method, path, body).get(30, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code count} independent set-up chains, at most {@code parallel} at a time, and returns their results in
     * index order; any failure fails the whole set-up.
     */
    <T> List<T> forEach(int count, int parallel, IntFunction<CompletableFuture<T>> chain) throws Exception {
        Semaphore permits = new Semaphore(parallel);
        List<CompletableFuture<T>> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            permits.acquire();
            CompletableFuture<T> f = chain.apply(i);
            f.whenComplete((v, e) -> permits.release());
            all.add(f);
            if (f.isCompletedExceptionally()) break;
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        List<T> out = new ArrayList<>(count);
        for (CompletableFuture<T> f : all) out.add(f.get());
        return out;
    }

    @Override
    public void close() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
