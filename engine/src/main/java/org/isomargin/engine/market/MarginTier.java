package org.isomargin.engine.market;

import java.math.BigDecimal;

/** One Hyperliquid margin tier: applies from {@code lowerBound} of notional (USDC) upward. */
public record MarginTier(BigDecimal lowerBound, int maxLeverage) {
}
