package org.isomargin.engine.command;

import java.math.BigDecimal;
import org.isomargin.engine.market.BybitCategory;

/** POST /v5/position/add-margin: positive adds, negative reduces (at most 4 decimals). */
public record BybitAddMargin(long timestamp, long uid, BybitCategory category, String symbol, int positionIdx,
                             BigDecimal margin) implements Command {
}
