package org.isomargin.bench;

import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.market.*;

/** Markets shared by the benchmarks (the server's defaults, restated so the bench module stays engine-only). */
final class Worlds {
    private Worlds() {}

    static BigDecimal d(String s) { return new BigDecimal(s); }

    /** A linear market with a 0.01 tick: 10× longs 0.02 apart in entry get distinct liquidation prices. */
    static Market fineTick() {
        return new BybitMarket("BTCPERP", BybitCategory.LINEAR, "BTC", "USDT", "USDT", d("0.01"), d("0.001"), d("0.001"), d("100"),
                d("0.00055"), d("0.0002"), List.of(new RiskTier(1, d("2000000"), d("0.005"), d("0.01"), d("100"), d("0"))));
    }

    static List<Market> markets() {
        return List.of(
                new BybitMarket("BTCUSDT", BybitCategory.LINEAR, "BTC", "USDT", "USDT", d("0.10"), d("0.001"), d("0.001"), d("100"),
                        d("0.00055"), d("0.0002"), List.of(new RiskTier(1, d("2000000"), d("0.005"), d("0.01"), d("100"), d("0")),
                        new RiskTier(2, d("4000000"), d("0.01"), d("0.02"), d("50"), d("10000")))),
                new BybitMarket("ETHUSD", BybitCategory.INVERSE, "ETH", "USD", "ETH", d("0.05"), d("1"), d("1"), d("1000000"),
                        d("0.0006"), d("0.0001"), List.of(new RiskTier(11, d("500"), d("0.005"), d("0.01"), d("100"), d("0")))),
                new HyperliquidMarket("ETH", 1, 4, HlMarginMode.NORMAL, d("0.00045"), d("0.00015"),
                        List.of(new MarginTier(d("0"), 25), new MarginTier(d("100000000"), 15))));
    }
}
