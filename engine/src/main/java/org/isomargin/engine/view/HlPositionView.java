package org.isomargin.engine.view;

import java.math.BigDecimal;

/**
 * An immutable picture of one Hyperliquid position as clearinghouseState shows it (hyperliquid.md §4.3).
 * {@code rawUsd} is null for cross positions; {@code liquidationPx} null when none.
 */
public record HlPositionView(String coin, BigDecimal szi, boolean cross, int leverage, BigDecimal rawUsd,
                             BigDecimal entryPx, BigDecimal positionValue, BigDecimal unrealizedPnl,
                             BigDecimal returnOnEquity, BigDecimal liquidationPx, BigDecimal marginUsed,
                             int maxLeverage, BigDecimal markPx, long updatedTime) {
}
