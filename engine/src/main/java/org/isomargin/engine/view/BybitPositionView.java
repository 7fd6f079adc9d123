package org.isomargin.engine.view;

import java.math.BigDecimal;

/**
 * An immutable picture of one Bybit position slot, taken on the engine thread, rendered later by the dialect.
 * Null prices mean "" on the wire. {@code side} is "Buy", "Sell" or "" when flat. {@code takerFee} is the
 * account's rate on this symbol, carried only so the list can print breakEvenPrice (bybit-v5.md §4.1).
 */
public record BybitPositionView(String category, String symbol, int positionIdx, int riskId, BigDecimal riskLimitValue,
                                String side, BigDecimal size, BigDecimal avgPrice, BigDecimal positionValue,
                                BigDecimal liqPrice, BigDecimal bustPrice, BigDecimal markPrice, BigDecimal leverage,
                                boolean autoAddMargin, String positionStatus, boolean isolated, BigDecimal positionIM,
                                BigDecimal positionMM, BigDecimal unrealisedPnl, BigDecimal curRealisedPnl,
                                BigDecimal cumRealisedPnl, long createdTime, long updatedTime, int priceScale,
                                boolean inverse, BigDecimal takerFee) {
}
