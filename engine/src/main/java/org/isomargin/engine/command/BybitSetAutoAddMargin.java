package org.isomargin.engine.command;

import org.isomargin.engine.market.BybitCategory;

/** POST /v5/position/set-auto-add-margin. */
public record BybitSetAutoAddMargin(long timestamp, long uid, BybitCategory category, String symbol, int positionIdx,
                                    boolean on) implements Command {
}
