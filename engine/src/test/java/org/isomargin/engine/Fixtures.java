package org.isomargin.engine;

import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.command.*;
import org.isomargin.engine.market.*;
import org.isomargin.engine.result.Result;

/** Small builders shared by the engine tests. */
final class Fixtures {
    static final long T0 = 1_700_000_000_000L;

    private Fixtures() {}

    static BigDecimal d(String s) { return new BigDecimal(s); }

    static BybitMarket linear(String symbol, String tick, String step, String taker, String mmr, String maxLev) {
        return new BybitMarket(symbol, BybitCategory.LINEAR, symbol.replace("USDT", ""), "USDT", "USDT", d(tick), d(step),
                d(step), d("1000000"), d(taker), d("0.0002"),
                List.of(new RiskTier(1, d("2000000"), d(mmr), BigDecimal.ONE.divide(d(maxLev), 8, java.math.RoundingMode.HALF_UP), d(maxLev), BigDecimal.ZERO)));
    }

    static BybitMarket inverse(String symbol, String tick, String taker, int tierId, String riskLimit, String mmr, String maxLev) {
        String base = symbol.replace("USD", "");
        return new BybitMarket(symbol, BybitCategory.INVERSE, base, "USD", base, d(tick), d("1"), d("1"), d("10000000"),
                d(taker), d("0.0001"),
                List.of(new RiskTier(tierId, d(riskLimit), d(mmr), BigDecimal.ONE.divide(d(maxLev), 8, java.math.RoundingMode.HALF_UP), d(maxLev), BigDecimal.ZERO)));
    }

    static HyperliquidMarket hl(String coin, int asset, int szDecimals, HlMarginMode mode, int... leveragesAndBounds) {
        java.util.ArrayList<MarginTier> tiers = new java.util.ArrayList<>();
        tiers.add(new MarginTier(BigDecimal.ZERO, leveragesAndBounds[0]));
        for (int i = 1; i + 1 < leveragesAndBounds.length; i += 2)
            tiers.add(new MarginTier(BigDecimal.valueOf(leveragesAndBounds[i]), leveragesAndBounds[i + 1]));
        return new HyperliquidMarket(coin, asset, szDecimals, mode, d("0.00045"), d("0.00015"), tiers);
    }

    static Result ok(Engine e, Command c) {
        Result r = e.apply(c);
        if (!r.ok()) throw new AssertionError(c + " refused: " + r.code() + " " + java.util.Arrays.toString(r.args()));
        return r;
    }

    static long account(Engine e, String address) {
        return ((Account) ok(e, new CreateAccount(T0, address, null)).payload()).uid;
    }

    static void deposit(Engine e, long uid, String coin, String amount) {
        ok(e, new Deposit(T0, uid, coin, d(amount), null));
    }

    static void mark(Engine e, String symbol, String price) {
        ok(e, new MarkPrices(T0, List.of(new MarkPrices.Mark(symbol, d(price)))));
    }
}
