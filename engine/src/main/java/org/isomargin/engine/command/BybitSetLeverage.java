package org.isomargin.engine.command;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitCategory;

/** POST /v5/position/set-leverage. */
public record BybitSetLeverage(long timestamp, long uid, BybitCategory category, String symbol, BigDecimal buyLeverage,
                               BigDecimal sellLeverage) implements Command {
}
