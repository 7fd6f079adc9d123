package org.isomargin.engine.command;

import java.math.BigDecimal;

/**
 * A trade from an external matching engine: opens, adds to, reduces, closes or flips the position.
 * {@code side} +1 buy, −1 sell; {@code fee} overrides the computed taker fee when not null.
 */
public record Fill(long timestamp, long uid, String symbol, int positionIdx, int side, BigDecimal qty,
                   BigDecimal price, BigDecimal fee) implements Command {
}
