package org.isomargin.server;

import java.math.BigDecimal;
import java.util.List;
import org.isomargin.engine.command.MarkPrices;
import org.isomargin.engine.market.*;

/**
 * The markets a fresh server starts with (operator-api.md): Bybit linear BTCUSDT, ETHUSDT, XRPUSDT, inverse
 * BTCUSD, ETHUSD; Hyperliquid BTC, ETH, SOL and the strict-isolated ANIME. ETHUSD carries the parameters of
 * Bybit's documented add-margin example (tick 0.05, taker 0.06 %, tier 11 with MMR 0.5 %).
 */
public final class DefaultMarkets {
    private DefaultMarkets() {}

    private static BigDecimal d(String s) { return new BigDecimal(s); }

    private static RiskTier tier(int id, String limit, String mmr, String imr, String lev, String ded) {
        return new RiskTier(id, d(limit), d(mmr), d(imr), d(lev), d(ded));
    }

    public static List<Market> markets() {
        return List.of(
                new BybitMarket("BTCUSDT", BybitCategory.LINEAR, "BTC", "USDT", "USDT", d("0.10"), d("0.001"), d("0.001"), d("100"),
                        d("0.00055"), d("0.0002"), List.of(tier(1, "2000000", "0.005", "0.01", "100", "0"),
                        tier(2, "4000000", "0.01", "0.02", "50", "10000"), tier(3, "6000000", "0.015", "0.03", "33.33", "30000"))),
                new BybitMarket("ETHUSDT", BybitCategory.LINEAR, "ETH", "USDT", "USDT", d("0.01"), d("0.01"), d("0.01"), d("1500"),
                        d("0.00055"), d("0.0002"), List.of(tier(1, "1000000", "0.005", "0.01", "100", "0"),
                        tier(2, "2000000", "0.01", "0.02", "50", "5000"))),
                new BybitMarket("XRPUSDT", BybitCategory.LINEAR, "XRP", "USDT", "USDT", d("0.0001"), d("1"), d("1"), d("1000000"),
                        d("0.00055"), d("0.0002"), List.of(tier(41, "200000", "0.01", "0.02", "50", "0"),
                        tier(42, "400000", "0.015", "0.03", "33.33", "1000"))),
                new BybitMarket("BTCUSD", BybitCategory.INVERSE, "BTC", "USD", "BTC", d("0.5"), d("1"), d("1"), d("1000000"),
                        d("0.00055"), d("0.0001"), List.of(tier(1, "150", "0.005", "0.01", "100", "0"),
                        tier(2, "300", "0.01", "0.02", "50", "0.75"))),
                new BybitMarket("ETHUSD", BybitCategory.INVERSE, "ETH", "USD", "ETH", d("0.05"), d("1"), d("1"), d("1000000"),
                        d("0.0006"), d("0.0001"), List.of(tier(11, "500", "0.005", "0.01", "100", "0"),
                        tier(12, "1000", "0.01", "0.02", "50", "2.5"))),
                new HyperliquidMarket("BTC", 0, 5, HlMarginMode.NORMAL, d("0.00045"), d("0.00015"),
                        List.of(new MarginTier(d("0"), 40), new MarginTier(d("150000000"), 20))),
                new HyperliquidMarket("ETH", 1, 4, HlMarginMode.NORMAL, d("0.00045"), d("0.00015"),
                        List.of(new MarginTier(d("0"), 25), new MarginTier(d("100000000"), 15))),
                new HyperliquidMarket("SOL", 2, 2, HlMarginMode.NORMAL, d("0.00045"), d("0.00015"),
                        List.of(new MarginTier(d("0"), 20), new MarginTier(d("70000000"), 10))),
                new HyperliquidMarket("ANIME", 3, 0, HlMarginMode.STRICT_ISOLATED, d("0.00045"), d("0.00015"),
                        List.of(new MarginTier(d("0"), 3))));
    }

    /** Starting marks so orders can fill on a fresh server; operators move them with POST /admin/mark-prices. */
    public static List<MarkPrices.Mark> marks() {
        return List.of(new MarkPrices.Mark("BTCUSDT", d("60000")), new MarkPrices.Mark("ETHUSDT", d("3000")),
                new MarkPrices.Mark("XRPUSDT", d("0.5")), new MarkPrices.Mark("BTCUSD", d("60000")),
                new MarkPrices.Mark("ETHUSD", d("3000")), new MarkPrices.Mark("BTC", d("60000")),
                new MarkPrices.Mark("ETH", d("3000")), new MarkPrices.Mark("SOL", d("150")),
                new MarkPrices.Mark("ANIME", d("0.02")));
    }
}
