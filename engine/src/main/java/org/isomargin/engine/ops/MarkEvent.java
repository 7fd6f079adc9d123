package org.isomargin.engine.ops;

import java.math.BigDecimal;

/** Something a mark-price update did: an auto-add of margin (amount, new liq) or a liquidation (margin lost, price). */
public record MarkEvent(Kind kind, long uid, String symbol, int positionIdx, BigDecimal amount, BigDecimal price) {
    public enum Kind { AUTO_ADD_MARGIN, LIQUIDATION }
}
