package org.isomargin.engine.rules.bybit;

import java.math.BigDecimal;
import org.isomargin.engine.market.RiskTier;

/**
 * Derived figures of a Bybit isolated position: positionIM and positionMM (8 dp, rounded up), bankruptcy and
 * liquidation prices at the tick (rounded toward entry; null when no positive price exists).
 */
public record BybitFigures(RiskTier tier, BigDecimal positionIM, BigDecimal positionMM, BigDecimal bustPrice,
                           BigDecimal liqPrice) {
}
