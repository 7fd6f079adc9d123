package org.isomargin.engine.market;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A Hyperliquid perpetual (USDC settled). Maintenance margin rate of a tier is 1/(2·maxLeverage) and the
 * deduction follows deduction(n) = deduction(n−1) + lowerBound(n)·(mmr(n) − mmr(n−1)) (hyperliquid.md §5.1).
 */
public record HyperliquidMarket(String symbol, int assetIndex, int szDecimals, HlMarginMode marginMode,
                                BigDecimal takerFee, BigDecimal makerFee, List<MarginTier> marginTiers,
                                BigDecimal[] mmr, BigDecimal[] deduction) implements Market {

    public HyperliquidMarket(String symbol, int assetIndex, int szDecimals, HlMarginMode marginMode,
                             BigDecimal takerFee, BigDecimal makerFee, List<MarginTier> marginTiers) {
        this(symbol, assetIndex, szDecimals, marginMode, takerFee, makerFee, sorted(marginTiers), null, null);
    }

    public HyperliquidMarket {
        marginTiers = sorted(marginTiers);
        if (marginTiers.isEmpty() || marginTiers.get(0).lowerBound().signum() != 0)
            throw new IllegalArgumentException("the first margin tier must start at 0");
        mmr = new BigDecimal[marginTiers.size()];
        deduction = new BigDecimal[marginTiers.size()];
        for (int i = 0; i < mmr.length; i++) {
            int lev = marginTiers.get(i).maxLeverage();
            if (lev < 1) throw new IllegalArgumentException("maxLeverage must be at least 1");
            // 1/(2·lev) is a finite decimal only for some leverages; 20 significant digits is far below any cent.
            mmr[i] = BigDecimal.ONE.divide(BigDecimal.valueOf(2L * lev), new MathContext(20, RoundingMode.HALF_EVEN));
            deduction[i] = i == 0 ? BigDecimal.ZERO
                    : deduction[i - 1].add(marginTiers.get(i).lowerBound().multiply(mmr[i].subtract(mmr[i - 1])));
        }
    }

    private static List<MarginTier> sorted(List<MarginTier> t) {
        return List.copyOf(t.stream().sorted(java.util.Comparator.comparing(MarginTier::lowerBound)).toList());
    }

    @Override
    public Venue venue() { return Venue.HYPERLIQUID; }

    @Override
    public String settleCoin() { return "USDC"; }

    public int maxLeverage() { return marginTiers.get(0).maxLeverage(); }

    /** Index of the tier that applies to a notional value. */
    public int tierIndex(BigDecimal notional) {
        int idx = 0;
        for (int i = 1; i < marginTiers.size(); i++) if (notional.compareTo(marginTiers.get(i).lowerBound()) >= 0) idx = i;
        return idx;
    }

    /** Maintenance margin = notional·mmr(tier) − deduction(tier). */
    public BigDecimal maintenanceMargin(BigDecimal notional) {
        int t = tierIndex(notional);
        return notional.multiply(mmr[t]).subtract(deduction[t]);
    }

    /** Max leverage allowed for a position of this notional. */
    public int maxLeverageFor(BigDecimal notional) {
        return marginTiers.get(tierIndex(notional)).maxLeverage();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HyperliquidMarket m && symbol.equals(m.symbol) && assetIndex == m.assetIndex
                && szDecimals == m.szDecimals && marginMode == m.marginMode && takerFee.equals(m.takerFee)
                && makerFee.equals(m.makerFee) && marginTiers.equals(m.marginTiers);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(symbol, assetIndex, szDecimals, marginMode, marginTiers); }

    @Override
    public String toString() { return "HyperliquidMarket[" + symbol + ", asset " + assetIndex + "]"; }
}
