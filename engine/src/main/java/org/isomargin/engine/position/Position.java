package org.isomargin.engine.position;

import java.math.BigDecimal;

/**
 * State common to a position of either venue. Mutable, owned by the engine thread only.
 * {@code triggerPrice} is the mark at which the engine must act (liquidate or auto-add): a long acts when
 * mark ≤ trigger, a short when mark ≥ trigger; null when no mark can trigger it.
 */
public abstract sealed class Position permits BybitPosition, HlPosition {
    public final long id;
    public final long uid;
    public final String symbol;
    public long createdTime;
    public long updatedTime;
    public BigDecimal cumRealisedPnl = BigDecimal.ZERO;
    /** Price key this position is filed under in the liquidation index (null = not filed). */
    public BigDecimal indexedTrigger;

    protected Position(long id, long uid, String symbol) {
        this.id = id;
        this.uid = uid;
        this.symbol = symbol;
    }

    /** +1 long, −1 short, 0 flat. */
    public abstract int side();

    public abstract boolean isOpen();

    public abstract BigDecimal triggerPrice();
}
