package org.isomargin.engine;

import static org.isomargin.engine.Fixtures.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.*;

/**
 * A small world for property tests: two Bybit markets, two Hyperliquid markets, three accounts; and an
 * interpreter from random integer tuples to commands, so jqwik can generate and shrink command sequences.
 */
final class RandomWorld {
    static final String[] ADDRESSES = {
            "0x1111111111111111111111111111111111111111",
            "0x2222222222222222222222222222222222222222",
            "0x3333333333333333333333333333333333333333"};

    record Op(int kind, int who, int x, int y) {
    }

    static List<Command> setup() {
        List<Command> c = new ArrayList<>();
        c.add(new PutMarket(T0, new BybitMarket("BTCUSDT", BybitCategory.LINEAR, "BTC", "USDT", "USDT", d("0.1"), d("0.001"),
                d("0.001"), d("100"), d("0.00055"), d("0.0002"),
                List.of(new RiskTier(1, d("2000000"), d("0.005"), d("0.01"), d("100"), d("0")),
                        new RiskTier(2, d("4000000"), d("0.01"), d("0.02"), d("50"), d("10000"))))));
        c.add(new PutMarket(T0, inverse("ETHUSD", "0.05", "0.0006", 11, "500", "0.005", "100")));
        c.add(new PutMarket(T0, hl("ETH", 1, 4, HlMarginMode.NORMAL, 25, 1_000_000, 10)));
        c.add(new PutMarket(T0, hl("ANIME", 5, 0, HlMarginMode.STRICT_ISOLATED, 3)));
        for (String a : ADDRESSES) c.add(new CreateAccount(T0, a, null));
        for (long uid = 1001; uid <= 1003; uid++) {
            c.add(new Deposit(T0, uid, "USDT", d("100000"), null));
            c.add(new Deposit(T0, uid, "ETH", d("10"), null));
            c.add(new Deposit(T0, uid, "USDC", d("100000"), null));
        }
        c.add(new MarkPrices(T0, List.of(new MarkPrices.Mark("BTCUSDT", d("60000")), new MarkPrices.Mark("ETHUSD", d("2000")),
                new MarkPrices.Mark("ETH", d("2000")), new MarkPrices.Mark("ANIME", d("2")))));
        // Open positions from the start, of both sides and several leverages, so margin ops and liquidations happen.
        for (long uid = 1001; uid <= 1003; uid++) {
            int side = uid == 1002 ? -1 : 1;
            String lev = uid == 1001 ? "10" : uid == 1002 ? "25" : "50";
            c.add(new ImportBybitPosition(T0, uid, "BTCUSDT", 0, side, d("0.5"), d("60000"), d(lev), BigDecimal.ZERO, null));
            c.add(new ImportBybitPosition(T0, uid, "ETHUSD", 0, -side, d("2000"), d("2000"), d(lev), BigDecimal.ZERO, null));
            c.add(new ImportHlPosition(T0, uid, "ETH", d(side > 0 ? "2" : "-2"), d("2000"), 5, false, d("800")));
            c.add(new ImportHlPosition(T0, uid, "ANIME", d(side > 0 ? "-1000" : "1000"), d("2"), 3, false, d("700")));
        }
        return c;
    }

    /** Interprets one op; {@code step} makes timestamps and nonces increase. */
    static Command command(Op op, int step, Engine e) {
        long ts = T0 + 1000L * step;
        long uid = 1001 + Math.floorMod(op.who(), 3);
        String addr = ADDRESSES[Math.floorMod(op.who(), 3)];
        int x = op.x(), y = op.y();
        int side = (y & 1) == 0 ? 1 : -1;
        switch (Math.floorMod(op.kind(), 13)) {
            case 0: return new Deposit(ts, uid, "USDT", BigDecimal.valueOf(Math.floorMod(x, 50_000) + 1, 2), null);
            case 1: return new Withdraw(ts, uid, pick(y, "USDT", "ETH", "USDC"), BigDecimal.valueOf(Math.floorMod(x, 5_000_000) + 1, 3), null);
            case 2: return new Fill(ts, uid, "BTCUSDT", 0, side, BigDecimal.valueOf(Math.floorMod(x, 500) + 1, 3),
                    markNear(e, "BTCUSDT", y, "0.1"), null);
            case 3: return new Fill(ts, uid, "ETHUSD", 0, side, BigDecimal.valueOf(Math.floorMod(x, 5000) + 1),
                    markNear(e, "ETHUSD", y, "0.05"), null);
            case 4: return new BybitAddMargin(ts, uid, BybitCategory.LINEAR, "BTCUSDT", Math.floorMod(y, 4) == 3 ? 1 : 0,
                    BigDecimal.valueOf((long) x % 2_000_000, 4));
            case 5: return new BybitAddMargin(ts, uid, BybitCategory.INVERSE, "ETHUSD", 0, BigDecimal.valueOf((long) x % 20_000, 4));
            case 6: return new MarkPrices(ts, List.of(new MarkPrices.Mark(pick(y, "BTCUSDT", "ETHUSD", "ETH", "ANIME"),
                    walk(e, pick(y, "BTCUSDT", "ETHUSD", "ETH", "ANIME"), x))));
            case 7: return new HlAction(ts, addr, ts, null, null, new HlActionBody.Order(List.of(
                    new HlActionBody.OrderRequest((y & 2) == 0 ? 1 : 5, side > 0, side > 0 ? d("100000") : d("0.0001"),
                            (y & 2) == 0 ? BigDecimal.valueOf(Math.floorMod(x, 5000) + 1, 4) : BigDecimal.valueOf(Math.floorMod(x, 500) + 1),
                            false, "Ioc", false, null)), "na"));
            case 8: return new HlAction(ts, addr, ts, null, null,
                    new HlActionBody.UpdateIsolatedMargin((y & 2) == 0 ? 1 : 5, true, (long) x * 1000));
            case 9: return new HlAction(ts, addr, ts, null, null,
                    new HlActionBody.TopUpIsolatedOnlyMargin(5, BigDecimal.valueOf(Math.floorMod(x, 30) + 1, 1)));
            case 10: return new BybitSetLeverage(ts, uid, BybitCategory.LINEAR, "BTCUSDT", BigDecimal.valueOf(Math.floorMod(x, 60) + 1),
                    BigDecimal.valueOf(Math.floorMod(x, 60) + 1));
            case 12: return new HlAction(ts, (x & 1) == 0 ? addr : "0x9999999999999999999999999999999999999999",
                    ts - 1000L * Math.floorMod(y, 3), (y & 8) == 0 ? null : ts - 1, null, new HlActionBody.Noop());
            default: return new BybitSetAutoAddMargin(ts, uid, BybitCategory.LINEAR, "BTCUSDT", 0, (x & 1) == 0);
        }
    }

    private static String pick(int y, String... s) { return s[Math.floorMod(y >> 1, s.length)]; }

    private static BigDecimal markNear(Engine e, String symbol, int y, String tick) {
        BigDecimal m = e.state().mark(symbol);
        BigDecimal t = d(tick);
        return m.add(t.multiply(BigDecimal.valueOf(Math.floorMod(y, 41) - 20)));
    }

    /** A mark move of up to about ±12 %, kept on the tick for Bybit markets and positive. */
    private static BigDecimal walk(Engine e, String symbol, int x) {
        BigDecimal m = e.state().mark(symbol);
        BigDecimal pct = BigDecimal.valueOf(Math.floorMod(x, 241) - 120, 3);
        BigDecimal next = m.add(m.multiply(pct));
        Market mk = e.state().markets.get(symbol);
        if (mk instanceof BybitMarket b) next = next.divide(b.tickSize(), 0, java.math.RoundingMode.HALF_UP).multiply(b.tickSize());
        else next = next.round(new java.math.MathContext(5));
        return next.signum() > 0 ? next : m;
    }
}
