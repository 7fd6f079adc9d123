package org.isomargin.engine.market;

import java.math.BigDecimal;

/** One Bybit risk-limit tier; rates are fractions (0.005 = 0.5 %), riskLimitValue in the settle coin. */
public record RiskTier(int id, BigDecimal riskLimitValue, BigDecimal maintenanceMargin, BigDecimal initialMargin,
                       BigDecimal maxLeverage, BigDecimal mmDeduction) {
}
