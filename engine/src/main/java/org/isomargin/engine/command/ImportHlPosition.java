package org.isomargin.engine.command;

import java.math.BigDecimal;

/** Imports a Hyperliquid position; {@code margin} is the USDC an isolated position holds, moved from cross. */
public record ImportHlPosition(long timestamp, long uid, String coin, BigDecimal szi, BigDecimal entryPx, int leverage,
                               boolean cross, BigDecimal margin) implements Command {
}
