package org.isomargin.engine.command;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitCategory;

/** POST /v5/position/switch-isolated (per symbol; tradeMode 1 = isolated). */
public record BybitSwitchIsolated(long timestamp, long uid, BybitCategory category, String symbol, boolean isolated,
                                  BigDecimal buyLeverage, BigDecimal sellLeverage) implements Command {
}
