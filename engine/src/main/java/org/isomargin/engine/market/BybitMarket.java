package org.isomargin.engine.market;

import java.math.BigDecimal;
import java.util.List;

/** A Bybit linear or inverse perpetual with its filters and risk-limit tiers (sorted by riskLimitValue). */
public record BybitMarket(String symbol, BybitCategory category, String baseCoin, String quoteCoin, String settleCoin,
                          BigDecimal tickSize, BigDecimal qtyStep, BigDecimal minOrderQty, BigDecimal maxOrderQty,
                          BigDecimal takerFee, BigDecimal makerFee, List<RiskTier> riskTiers) implements Market {

    public BybitMarket {
        riskTiers = List.copyOf(riskTiers.stream()
                .sorted(java.util.Comparator.comparing(RiskTier::riskLimitValue)).toList());
        if (riskTiers.isEmpty()) throw new IllegalArgumentException("a market needs at least one risk tier");
    }

    @Override
    public Venue venue() { return Venue.BYBIT; }

    public boolean inverse() { return category == BybitCategory.INVERSE; }

    /** Tier whose riskLimitValue covers the position value, or null when the value is above every tier. */
    public RiskTier tierFor(BigDecimal positionValue) {
        for (RiskTier t : riskTiers) if (positionValue.compareTo(t.riskLimitValue()) <= 0) return t;
        return null;
    }

    public BigDecimal maxLeverage() { return riskTiers.get(0).maxLeverage(); }

    public int priceScale() { return Math.max(0, tickSize.stripTrailingZeros().scale()); }

    public int qtyScale() { return Math.max(0, qtyStep.stripTrailingZeros().scale()); }
}
