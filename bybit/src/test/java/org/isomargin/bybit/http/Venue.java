package org.isomargin.bybit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.isomargin.bybit.ratelimit.RateLimitTable;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.command.*;
import org.isomargin.engine.gateway.DirectGateway;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.RiskTier;
import org.isomargin.engine.result.Result;

/**
 * A fresh engine behind the dialect on a real loopback server, with a clock the test controls. State is set up
 * with engine commands through the gateway; requests go over HTTP.
 */
final class Venue implements AutoCloseable {
    static final long T0 = 1_700_000_000_000L;
    static final String KEY = "test-key";
    static final String SECRET = "test-secret";

    final AtomicLong clock;
    final Engine engine = new Engine();
    final DirectGateway gateway;
    final BybitDialect dialect;
    final TestServer server;
    long uid;
    SignedClient client;

    Venue() { this(T0); }

    /** The gateway never lets command time run backwards, so a test needing early timestamps starts early. */
    Venue(long start) { this(start, null, RateLimitTable.bybitDefaults()); }

    /** {@code realClock} for clients that stamp requests with the wall clock (the Java SDK). */
    Venue(long start, LongSupplier realClock, RateLimitTable limits) {
        clock = new AtomicLong(start);
        LongSupplier c = realClock != null ? realClock : clock::get;
        gateway = new DirectGateway(engine, c);
        dialect = new BybitDialect(gateway, limits);
        server = new TestServer(dialect);
        uid = account(BybitMarginMode.ISOLATED_MARGIN);
        apiKey(uid, KEY, SECRET, false);
        client = new SignedClient(server.baseUrl(), KEY, SECRET, c);
    }

    static BigDecimal d(String s) { return new BigDecimal(s); }

    Result ok(LongFunction<Command> command) {
        Result r = gateway.submit(command).join();
        assertTrue(r.ok(), () -> "setup command refused: " + r.code() + " " + java.util.Arrays.toString(r.args()));
        return r;
    }

    long account(BybitMarginMode mode) { return ((Account) ok(ts -> new CreateAccount(ts, null, mode)).payload()).uid; }

    void apiKey(long owner, String key, String secret, boolean readOnly) {
        ok(ts -> new CreateApiKey(ts, owner, key, secret, null, readOnly));
    }

    /** ETHUSD with the position of Bybit's documented add-margin example: long 200 @ 1812.70004844, 12×, 1 ETH funded. */
    void documentedEthusdPosition(BigDecimal cumRealisedPnl) {
        ethusd();
        deposit("ETH", "1");
        ok(ts -> new ImportBybitPosition(ts, uid, "ETHUSD", 0, 1, d("200"), d("1812.70004844"), d("12"), BigDecimal.ZERO, cumRealisedPnl));
    }

    void deposit(String coin, String amount) { ok(ts -> new Deposit(ts, uid, coin, d(amount), null)); }

    void mark(String symbol, String price) {
        ok(ts -> new MarkPrices(ts, List.of(new MarkPrices.Mark(symbol, d(price)))));
    }

    /** A one-tier USDT perpetual; IM rate is 1/maxLeverage. */
    BybitMarket linear(String symbol, String tick, String step, String taker, String maker, String mmr, String maxLev) {
        BybitMarket m = new BybitMarket(symbol, BybitCategory.LINEAR, symbol.replace("USDT", ""), "USDT", "USDT", d(tick),
                d(step), d(step), d("1000"), d(taker), d(maker),
                List.of(new RiskTier(1, d("2000000"), d(mmr), imr(maxLev), d(maxLev), BigDecimal.ZERO),
                        new RiskTier(2, d("4000000"), d("0.01"), d("0.02"), d("50"), d("10000"))));
        ok(ts -> new PutMarket(ts, m));
        return m;
    }

    /** The market of Bybit's add-margin example: inverse ETHUSD, tick 0.05, taker 0.06 %, tier 11 (500 ETH, MMR 0.5 %). */
    BybitMarket ethusd() {
        BybitMarket m = new BybitMarket("ETHUSD", BybitCategory.INVERSE, "ETH", "USD", "ETH", d("0.05"), d("1"), d("1"),
                d("10000000"), d("0.0006"), d("0.0001"),
                List.of(new RiskTier(11, d("500"), d("0.005"), d("0.01"), d("100"), BigDecimal.ZERO)));
        ok(ts -> new PutMarket(ts, m));
        return m;
    }

    /** BTCUSDT as in bybit-v5.md §6.5: tick 0.1, step 0.001, taker 0.055 %, MMR 0.5 %, 100×. */
    BybitMarket btcusdt() { return linear("BTCUSDT", "0.1", "0.001", "0.00055", "0.0002", "0.005", "100"); }

    private static BigDecimal imr(String maxLev) { return BigDecimal.ONE.divide(d(maxLev), 8, RoundingMode.HALF_UP); }

    String hash() { return gateway.read(Engine::stateHash).join(); }

    Reply addMargin(String body) { return client.post("/v5/position/add-margin", body); }

    static void assertOk(Reply r) { assertEquals(0, r.retCode(), r.body()); }

    @Override
    public void close() { server.close(); }
}
