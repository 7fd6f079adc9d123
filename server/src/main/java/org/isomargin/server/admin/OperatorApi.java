package org.isomargin.server.admin;

import static org.isomargin.server.admin.Json.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.ApiKey;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.command.*;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.ops.MarkEvent;
import org.isomargin.engine.position.BybitPosition;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.result.ResultCode;
import org.isomargin.engine.view.BybitPositionView;

/**
 * The operator API of operator-api.md on the admin port: markets, accounts, keys, money, prices, fills and
 * position imports. Bearer-token protected (health excepted, so readiness can be polled); errors are
 * {"error": code, "message": text} with a 4xx status and change nothing.
 */
public final class OperatorApi {
    private static final int MAX_BODY = 1 << 20;
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final EngineGateway gw;
    private final AdminToken token;
    private final PositionRenderer renderer;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean ready;
    /** Why the engine is stopped (null while it runs); answers /admin/health. */
    private volatile java.util.function.Supplier<String> stoppedReason = () -> null;

    public OperatorApi(EngineGateway gw, AdminToken token, PositionRenderer renderer) {
        this.gw = gw;
        this.token = token;
        this.renderer = renderer;
    }

    public void markReady() { ready = true; }

    /** Where /admin/health learns that the engine stopped after a failure (and why). */
    public void healthFrom(java.util.function.Supplier<String> stoppedReason) { this.stoppedReason = stoppedReason; }

    public void handle(HttpServerRequest req) {
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = {false};
        req.handler(chunk -> {
            if (body.length() + chunk.length() > MAX_BODY) tooLarge[0] = true;
            else body.appendBuffer(chunk);
        });
        req.endHandler(v -> {
            if (tooLarge[0]) { error(req, 413, "body_too_large", "the body is larger than 1 MiB"); return; }
            dispatch(req, body.getBytes());
        });
    }

    private void dispatch(HttpServerRequest req, byte[] body) {
        String path = req.path();
        HttpMethod m = req.method();
        if (m == HttpMethod.GET && path.equals("/admin/health")) {
            String stopped = stoppedReason.get();
            // A stopped engine answers nothing but errors: a load balancer or supervisor must see that.
            if (stopped != null) send(req, 503, object().put("status", "failed").put("reason", stopped));
            else if (ready) send(req, 200, object().put("status", "ok"));
            else error(req, 503, "recovering", "the server is still recovering its state");
            return;
        }
        if (!token.accepts(req.getHeader("Authorization"))) {
            error(req, 401, "unauthorized", "missing or wrong bearer token");
            return;
        }
        String[] p = path.split("/");
        try {
            CompletableFuture<? extends JsonNode> out = route(m, p, parse(body));
            if (out == null) { error(req, 404, "not_found", "no operator endpoint " + m + " " + path); return; }
            out.whenComplete((json, err) -> {
                if (err == null) { send(req, 200, json); return; }
                Throwable cause = err instanceof java.util.concurrent.CompletionException && err.getCause() != null ? err.getCause() : err;
                if (cause instanceof Refused r) error(req, r.status, r.code, r.getMessage());
                else if (cause instanceof BadRequest b) error(req, 400, "invalid_parameter", b.getMessage());
                else error(req, 500, "internal_error", String.valueOf(cause.getMessage()));
            });
        } catch (BadRequest e) {
            error(req, 400, "invalid_parameter", e.getMessage());
        }
    }

    /** The endpoints; null when none matches. p[0] is "" and p[1] is "admin". */
    private CompletableFuture<? extends JsonNode> route(HttpMethod m, String[] p, JsonNode b) {
        if (p.length < 3 || !p[1].equals("admin")) return null;
        String head = p[2];
        if (head.equals("markets")) {
            if (p.length == 3 && m == HttpMethod.GET) return gw.read(e -> {
                ArrayNode list = Json.MAPPER.createArrayNode();
                for (Market mk : e.state().markets.values()) {
                    ObjectNode row = MarketJson.render(mk);
                    BigDecimal mark = e.state().mark(mk.symbol());
                    if (mark == null) row.putNull("markPrice");
                    else row.put("markPrice", plain(mark));
                    list.add(row);
                }
                return object().set("markets", list);
            });
            if (p.length == 4 && m == HttpMethod.PUT) {
                Market market = MarketJson.parse(p[3], b);
                return command(ts -> new PutMarket(ts, market), r -> MarketJson.render((Market) r.payload()));
            }
            return null;
        }
        if (head.equals("mark-prices") && p.length == 3 && m == HttpMethod.POST) return markPrices(b);
        if (head.equals("state-hash") && p.length == 3 && m == HttpMethod.GET)
            return gw.read(e -> object().put("stateHash", e.stateHash()).put("conserved", e.conservationViolations().isEmpty()));
        if (head.equals("fills") && p.length == 3 && m == HttpMethod.POST) return fill(b);
        if (!head.equals("accounts")) return null;
        if (p.length == 3 && m == HttpMethod.POST) return createAccount(b);
        if (p.length < 4) return null;
        long uid = uid(p[3]);
        if (p.length == 4 && m == HttpMethod.GET) return account(uid);
        if (p.length == 5) {
            switch (p[4]) {
                case "api-keys": if (m == HttpMethod.POST) return apiKey(uid, b); break;
                case "deposits": if (m == HttpMethod.POST) return money(uid, b, true); break;
                case "withdrawals": if (m == HttpMethod.POST) return money(uid, b, false); break;
                case "fee-rates": if (m == HttpMethod.PUT) return feeRate(uid, b); break;
                case "sub-accounts": if (m == HttpMethod.POST) return subAccount(uid, b); break;
                default: return null;
            }
            return null;
        }
        if (p.length == 6 && p[4].equals("positions") && m == HttpMethod.PUT) return importPosition(uid, p[5], b);
        return null;
    }

    private static long uid(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BadRequest("uid must be a number");
        }
    }

    // ---------------------------------------------------------------- endpoints

    private CompletableFuture<JsonNode> createAccount(JsonNode b) {
        String address = text(b, "address", false);
        if (address != null) address = normalizeAddress(address);
        String mode = text(b, "marginMode", false);
        BybitMarginMode mm = null;
        if (mode != null) {
            try {
                mm = BybitMarginMode.valueOf(mode);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("marginMode must be ISOLATED_MARGIN, REGULAR_MARGIN or PORTFOLIO_MARGIN");
            }
        }
        String addr = address;
        BybitMarginMode mmode = mm;
        return command(ts -> new CreateAccount(ts, addr, mmode), r -> accountId((Account) r.payload()));
    }

    private CompletableFuture<JsonNode> subAccount(long master, JsonNode b) {
        String name = text(b, "name", false);
        boolean vault = bool(b, "vault", false);
        return command(ts -> new CreateSubAccount(ts, master, name, vault), r -> accountId((Account) r.payload()));
    }

    private static JsonNode accountId(Account a) {
        ObjectNode o = object().put("uid", a.uid);
        if (a.address == null) o.putNull("address");
        else o.put("address", a.address);
        if (a.masterUid != 0) o.put("masterUid", a.masterUid).put("vault", a.vault);
        return o;
    }

    static String normalizeAddress(String a) {
        String s = a.startsWith("0x") || a.startsWith("0X") ? a.substring(2) : a;
        if (!s.matches("[0-9a-fA-F]{40}")) throw new BadRequest("address must be 20 bytes of hex");
        // No key signs for 0x000…0, and it is what failed recoveries used to map to (issue 8 item 5).
        if (s.matches("0{40}")) throw new BadRequest("address must not be the zero address");
        return "0x" + s.toLowerCase(java.util.Locale.ROOT);
    }

    private CompletableFuture<JsonNode> apiKey(long uid, JsonNode b) {
        String pem = text(b, "rsaPublicKey", false);
        boolean readOnly = bool(b, "readOnly", false);
        if (pem != null) {
            try {
                org.isomargin.bybit.auth.RsaKeys.parsePublicKeyPem(pem);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("rsaPublicKey: " + e.getMessage());
            }
        }
        String key = randomString(18);
        String secret = pem == null ? randomString(36) : null;
        return command(ts -> new CreateApiKey(ts, uid, key, secret, pem, readOnly), r -> {
            ApiKey k = (ApiKey) r.payload();
            ObjectNode o = object().put("apiKey", k.apiKey());
            if (k.secret() != null) o.put("apiSecret", k.secret());
            return o.put("readOnly", k.readOnly());
        });
    }

    private String randomString(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        return sb.toString();
    }

    private CompletableFuture<JsonNode> money(long uid, JsonNode b, boolean deposit) {
        String coin = text(b, "coin", true);
        BigDecimal amount = decimal(b, "amount", true);
        String txId = text(b, "txId", false);
        return command(ts -> deposit ? new Deposit(ts, uid, coin, amount, txId) : new Withdraw(ts, uid, coin, amount, txId),
                r -> object().put("coin", coin).put("walletBalance", plain((BigDecimal) r.payload())));
    }

    private CompletableFuture<JsonNode> feeRate(long uid, JsonNode b) {
        String symbol = text(b, "symbol", true);
        BigDecimal taker = decimal(b, "takerFee", true), maker = decimal(b, "makerFee", true);
        return command(ts -> new SetFeeRate(ts, uid, symbol, taker, maker),
                r -> object().put("symbol", symbol).put("takerFee", plain(taker)).put("makerFee", plain(maker)));
    }

    private CompletableFuture<JsonNode> markPrices(JsonNode b) {
        JsonNode prices = b.get("prices");
        if (prices == null || !prices.isArray() || prices.isEmpty()) throw new BadRequest("prices must be a non-empty array");
        List<MarkPrices.Mark> list = new ArrayList<>();
        for (JsonNode p : prices) {
            if (!p.isObject()) throw new BadRequest("prices[] must hold objects");
            list.add(new MarkPrices.Mark(text(p, "symbol", true), decimal(p, "markPrice", true)));
        }
        return command(ts -> new MarkPrices(ts, list), r -> {
            ArrayNode events = Json.MAPPER.createArrayNode();
            @SuppressWarnings("unchecked") List<MarkEvent> ev = (List<MarkEvent>) r.payload();
            for (MarkEvent e : ev)
                events.addObject().put("type", e.kind() == MarkEvent.Kind.LIQUIDATION ? "liquidation" : "autoAddMargin")
                        .put("uid", e.uid()).put("symbol", e.symbol()).put("positionIdx", e.positionIdx())
                        .put("amount", plain(e.amount())).put("price", plain(e.price()));
            ObjectNode o = object().put("applied", list.size());
            o.set("events", events);
            return o;
        });
    }

    private CompletableFuture<JsonNode> fill(JsonNode b) {
        long uid = integer(b, "uid", null);
        String symbol = text(b, "symbol", true);
        int idx = (int) integer(b, "positionIdx", 0L);
        String side = text(b, "side", true);
        if (!side.equals("Buy") && !side.equals("Sell")) throw new BadRequest("side must be Buy or Sell");
        BigDecimal qty = decimal(b, "qty", true), price = decimal(b, "price", true), fee = decimal(b, "fee", false);
        if (fee != null && fee.signum() < 0) throw new BadRequest("fee must not be negative");
        int s = side.equals("Buy") ? 1 : -1;
        return gw.submit(ts -> new Fill(ts, uid, symbol, idx, s, qty, price, fee))
                .thenCompose(r -> r.ok() ? position(uid, symbol, idx) : refused(r));
    }

    private CompletableFuture<JsonNode> importPosition(long uid, String symbol, JsonNode b) {
        LongFunction<Command> factory;
        boolean hyperliquid = b.has("szi");
        int idx = hyperliquid ? 0 : (int) integer(b, "positionIdx", 0L);
        if (hyperliquid) {
            BigDecimal szi = decimal(b, "szi", true), entry = decimal(b, "entryPx", true), margin = decimal(b, "margin", false);
            long lev = integer(b, "leverage", null);
            if (lev < 1 || lev > 1000) throw new BadRequest("leverage must be an integer from 1");
            boolean cross = bool(b, "isCross", false);
            factory = ts -> new ImportHlPosition(ts, uid, symbol, szi, entry, (int) lev, cross, margin);
        } else {
            String side = text(b, "side", true);
            if (!side.equals("Buy") && !side.equals("Sell")) throw new BadRequest("side must be Buy or Sell");
            BigDecimal size = decimal(b, "size", true), avg = decimal(b, "avgPrice", true), lev = decimal(b, "leverage", true);
            BigDecimal extra = b.hasNonNull("extraMargin") ? decimal(b, "extraMargin", true) : BigDecimal.ZERO;
            BigDecimal cum = decimal(b, "cumRealisedPnl", false);
            int s = side.equals("Buy") ? 1 : -1;
            factory = ts -> new ImportBybitPosition(ts, uid, symbol, idx, s, size, avg, lev, extra, cum);
        }
        return gw.submit(factory).thenCompose(r -> r.ok() ? position(uid, symbol, idx) : refused(r));
    }

    private CompletableFuture<JsonNode> position(long uid, String symbol, int idx) {
        return gw.read(e -> {
            Account a = e.state().account(uid);
            Market mk = e.state().markets.get(symbol);
            if (mk instanceof BybitMarket bm) return renderer.bybit(e.bybit().view(a, bm, idx));
            HlPosition p = a.hlPositions.get(symbol);
            return p == null ? object() : renderer.hyperliquid(e.views().hl((HyperliquidMarket) mk, p));
        });
    }

    private CompletableFuture<JsonNode> account(long uid) {
        return gw.read(e -> {
            Account a = e.state().account(uid);
            if (a == null) throw new Refused(404, "unknown_account", "no account " + uid);
            ObjectNode o = (ObjectNode) accountId(a);
            o.put("marginMode", a.marginMode.name());
            ArrayNode balances = o.putArray("balances");
            java.util.TreeSet<String> coins = new java.util.TreeSet<>(a.wallets.keySet());
            for (String c : coins)
                balances.addObject().put("coin", c).put("walletBalance", plain(a.wallet(c)))
                        .put("available", plain(e.state().available(a, c).max(BigDecimal.ZERO)));
            ArrayNode positions = o.putArray("positions");
            for (var entry : a.bybitPositions.entrySet()) {
                BybitMarket bm = (BybitMarket) e.state().markets.get(entry.getKey());
                for (BybitPosition p : entry.getValue()) {
                    if (p == null || !p.isOpen()) continue;
                    BybitPositionView v = e.views().bybit(a, bm, p);
                    ObjectNode row = (ObjectNode) renderer.bybit(v);
                    row.put("venue", "bybit");
                    positions.add(row);
                }
            }
            for (HlPosition p : a.hlPositions.values()) {
                if (!p.isOpen()) continue;
                ObjectNode row = (ObjectNode) renderer.hyperliquid(e.views().hl((HyperliquidMarket) e.state().markets.get(p.symbol), p));
                row.put("venue", "hyperliquid");
                positions.add(row);
            }
            return o;
        });
    }

    // ---------------------------------------------------------------- plumbing

    private CompletableFuture<JsonNode> command(LongFunction<Command> factory, java.util.function.Function<Result, JsonNode> render) {
        return gw.submit(factory).thenCompose(r -> r.ok() ? CompletableFuture.completedFuture(render.apply(r)) : refused(r));
    }

    private static <T> CompletableFuture<T> refused(Result r) {
        return CompletableFuture.failedFuture(new Refused(status(r.code()), r.code().operatorCode(), message(r)));
    }

    private static String message(Result r) {
        String hl = r.hyperliquidMessage();
        return r.code().bybitCode() == 10001 && r.args().length > 0 ? r.bybitMessage() : hl;
    }

    static int status(ResultCode c) {
        if (c == ResultCode.UNKNOWN_ACCOUNT || c == ResultCode.UNKNOWN_SYMBOL) return 404;
        if (c == ResultCode.ADDRESS_IN_USE || c == ResultCode.DUPLICATE_MARKET_CHANGE) return 409;
        if (c.bybitCode() == 10001) return 400;
        return 409;
    }

    /** A refusal with its HTTP status and stable code. */
    static final class Refused extends RuntimeException {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private static void send(HttpServerRequest req, int status, JsonNode json) {
        req.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Buffer.buffer(bytes(json)));
    }

    private static void error(HttpServerRequest req, int status, String code, String message) {
        send(req, status, object().put("error", code).put("message", message));
    }
}
