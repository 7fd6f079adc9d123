package org.isomargin.bybit.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.isomargin.bybit.ratelimit.RateLimitDecision;
import org.isomargin.engine.Engine;
import org.isomargin.engine.command.Command;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.result.Result;

/**
 * One request in flight: its checked parameters, the caller's uid, and the reply methods. Every answer, success or
 * error, leaves through {@link #send}: JSON, HTTP 200 (404 only for unknown routes), plus the X-Bapi-Limit headers
 * on private endpoints.
 */
final class Call {
    private static final String CONTENT_TYPE = "Content-Type";
    private static final String JSON = "application/json";
    static final String LIMIT = "X-Bapi-Limit";
    static final String LIMIT_STATUS = "X-Bapi-Limit-Status";
    static final String LIMIT_RESET = "X-Bapi-Limit-Reset-Timestamp";

    private final HttpServerRequest req;
    private final Context context;
    private final EngineGateway gateway;
    private Params params;
    private final long uid;
    private final boolean readOnlyKey;
    private final String apiKey;
    private final RateLimitDecision limit;
    private boolean answered;

    Call(HttpServerRequest req, EngineGateway gateway, long uid, String apiKey, boolean readOnlyKey,
         RateLimitDecision limit) {
        this.req = req;
        this.context = Vertx.currentContext();
        this.gateway = gateway;
        this.uid = uid;
        this.apiKey = apiKey;
        this.readOnlyKey = readOnlyKey;
        this.limit = limit;
    }

    /** A call without a caller: public endpoints and answers given before authentication. */
    static Call anonymous(HttpServerRequest req, EngineGateway gateway, RateLimitDecision limit) {
        return new Call(req, gateway, -1, null, false, limit);
    }

    Params params() { return params; }

    void params(Params p) { this.params = p; }

    long uid() { return uid; }

    String apiKey() { return apiKey; }

    boolean readOnlyKey() { return readOnlyKey; }

    long now() { return gateway.now(); }

    void ok(ResultBody body) { send(200, Envelope.success(body, gateway.now())); }

    /** Engine refusals: retCode and retMsg come from the result code's Bybit mapping, nothing else. */
    void fail(Result r) { error(r.code().bybitCode(), r.bybitMessage()); }

    void error(int retCode, String retMsg) { send(200, Envelope.error(retCode, retMsg, gateway.now())); }

    /** Sequences a command; answers when it is durable, rendering the payload of a success with {@code render}. */
    void submit(LongFunction<Command> command, Function<Result, ResultBody> render) {
        settle(gateway.submit(command), render);
    }

    /** Runs a query on the engine thread; the query returns a Result whose payload is immutable. */
    void read(Function<Engine, Result> query, Function<Result, ResultBody> render) {
        settle(gateway.read(query), render);
    }

    private void settle(CompletionStage<Result> stage, Function<Result, ResultBody> render) {
        stage.whenComplete((r, failure) -> onContext(() -> {
            try {
                if (failure != null || r == null) error(Envelope.SERVER_ERROR, Envelope.SERVER_ERROR_MSG);
                else if (!r.ok()) fail(r);
                else ok(render.apply(r));
            } catch (RuntimeException e) {
                error(Envelope.SERVER_ERROR, Envelope.SERVER_ERROR_MSG);
            }
        }));
    }

    /** Completions may arrive on the journal or engine thread; the response is written on the request's context. */
    private void onContext(Runnable r) {
        if (context == null || Vertx.currentContext() == context) r.run();
        else context.runOnContext(v -> r.run());
    }

    void send(int status, Buffer body) {
        if (answered) return;
        answered = true;
        HttpServerResponse resp = req.response();
        try {
            resp.setStatusCode(status);
            resp.putHeader(CONTENT_TYPE, JSON);
            if (limit != null) {
                resp.putHeader(LIMIT, Integer.toString(limit.limit()));
                resp.putHeader(LIMIT_STATUS, Integer.toString(limit.remaining()));
                resp.putHeader(LIMIT_RESET, Long.toString(limit.resetTimestampMs()));
            }
            resp.end(body);
        } catch (IllegalStateException closed) {
            // The client went away first; nobody is left to answer.
        }
    }
}
