package org.isomargin.engine.command;

import org.isomargin.engine.market.BybitCategory;

/** POST /v5/position/switch-mode: one symbol, or every symbol settled in {@code coin}; hedge = mode 3. */
public record BybitSwitchMode(long timestamp, long uid, BybitCategory category, String symbol, String coin,
                              boolean hedge) implements Command {
}
