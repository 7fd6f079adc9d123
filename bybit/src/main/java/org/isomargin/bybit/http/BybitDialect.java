package org.isomargin.bybit.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.isomargin.bybit.auth.ApiCredential;
import org.isomargin.bybit.auth.AuthInput;
import org.isomargin.bybit.auth.AuthResult;
import org.isomargin.bybit.auth.HeaderLookup;
import org.isomargin.bybit.auth.RequestAuthenticator;
import org.isomargin.bybit.ratelimit.RateLimitDecision;
import org.isomargin.bybit.ratelimit.RateLimitTable;
import org.isomargin.bybit.ratelimit.RateLimiter;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;

/**
 * The Bybit V5 HTTP dialect. The server hands it every request under {@code /v5/} with the complete raw body;
 * it authenticates (bybit-v5.md §1.2–1.4), rate-limits per UID and endpoint (§1.6), checks parameters, talks
 * to the engine only through {@link EngineGateway}, and answers in the Bybit envelope. Every business and auth
 * error is HTTP 200; an unknown path (or a known one with the wrong method) is HTTP 404 with retCode 10017.
 * Thread-safe: one instance serves all event loops.
 */
public final class BybitDialect {
    /** Bodies above this size reach {@link #handle} as null (the server's contract). */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Idle rate-limit windows are dropped at most this often, by whichever request comes by. */
    private static final long EVICT_EVERY_MS = 10_000;

    private final EngineGateway gateway;
    private final RequestAuthenticator authenticator;
    private final RateLimitTable limits;
    private final RateLimiter limiter;
    private final Map<String, Route> routes;
    private final AtomicLong nextEviction = new AtomicLong();

    public BybitDialect(EngineGateway gateway) { this(gateway, RateLimitTable.bybitDefaults()); }

    public BybitDialect(EngineGateway gateway, RateLimitTable limits) {
        this.gateway = gateway;
        this.authenticator = new RequestAuthenticator(new GatewayKeys(gateway));
        this.limits = limits;
        this.limiter = new RateLimiter(limits);
        Map<String, Route> r = new HashMap<>();
        PositionEndpoints.register(r);
        AccountEndpoints.register(r);
        ClientProbeEndpoints.register(r);
        OrderEndpoints.register(r);
        OrderHistoryEndpoints.register(r);
        MarketEndpoints.register(r);
        this.routes = Map.copyOf(r);
    }

    /** Answers one request; {@code body} is the raw body, or null when it exceeded {@link #MAX_BODY_BYTES}. */
    public void handle(HttpServerRequest req, Buffer body) {
        Route route = routes.get(req.path());
        if (route == null || route.method() != req.method()) {
            Call.anonymous(req, gateway, null)
                    .send(404, Envelope.error(Envelope.ROUTE_NOT_FOUND, Envelope.ROUTE_NOT_FOUND_MSG, gateway.now()));
            return;
        }
        boolean post = route.method() == HttpMethod.POST;
        byte[] bytes = post && body != null ? body.getBytes() : null;
        Call call = null;
        try {
            call = route.access().isPrivate() ? authorise(req, route, post, body == null, bytes)
                    : Call.anonymous(req, gateway, null);
            if (call == null) return;
            call.params(post ? JsonBodyReader.read(bytes) : QueryReader.read(req.query()));
            route.endpoint().handle(call);
        } catch (BadParam bad) {
            call.fail(invalid(bad.getMessage()));
        } catch (RuntimeException e) {
            // A bug must still produce an answer; send() ignores it if one already left.
            (call != null ? call : Call.anonymous(req, gateway, null)).error(Envelope.SERVER_ERROR, Envelope.SERVER_ERROR_MSG);
        }
    }

    /**
     * Auth, then the rate limit (bybit-v5.md §10.2); parameters are checked afterwards. Returns null once it has
     * answered a refusal itself.
     */
    private Call authorise(HttpServerRequest req, Route route, boolean post, boolean tooLarge, byte[] bytes) {
        long now = gateway.now();
        if (post && tooLarge) {
            // The signature covers the body, so an oversized one cannot even be authenticated.
            refusal(req, route, now).fail(invalid("body exceeds " + MAX_BODY_BYTES + " bytes"));
            return null;
        }
        HeaderLookup headers = req.headers()::get;
        AuthInput in = post ? AuthInput.ofBody(headers, route.access() == Access.PRIVATE_WRITE, bytes)
                : AuthInput.ofQuery(headers, false, req.query());
        AuthResult auth = authenticator.authenticate(in, now);
        if (auth instanceof AuthResult.Rejected no) {
            refusal(req, route, now).error(no.retCode(), no.retMsg());
            return null;
        }
        ApiCredential cred = ((AuthResult.Authenticated) auth).credential();
        evictIdleWindows(now);
        RateLimitDecision decision = limiter.tryAcquire(cred.uid(), route.path(), now);
        Call call = new Call(req, gateway, cred.uid(), cred.apiKey(), cred.readOnly(), decision);
        if (!decision.allowed()) {
            call.error(RateLimitDecision.RET_CODE, RateLimitDecision.RET_MSG);
            return null;
        }
        return call;
    }

    /** A reply channel for refusals made before a UID is known: the headers show the endpoint's untouched limit. */
    private Call refusal(HttpServerRequest req, Route route, long now) {
        int max = limits.limitFor(route.path());
        return Call.anonymous(req, gateway, new RateLimitDecision(true, max, max, now));
    }

    /** Keeps the limiter's memory bounded to the keys active in the last second, without a timer of our own. */
    private void evictIdleWindows(long now) {
        long next = nextEviction.get();
        if (now >= next && nextEviction.compareAndSet(next, now + EVICT_EVERY_MS)) limiter.evictIdle(now);
    }

    static Result invalid(String detail) { return Result.fail(ResultCode.INVALID_PARAMETER, detail); }
}
