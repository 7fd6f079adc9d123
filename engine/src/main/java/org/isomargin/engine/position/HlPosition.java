package org.isomargin.engine.position;

import java.math.BigDecimal;

/**
 * One Hyperliquid perp position. {@code margin} is the USDC held by an isolated position, so
 * rawUsd = margin − szi·entryPx and equity = rawUsd + szi·mark (hyperliquid.md §5.2).
 */
public final class HlPosition extends Position {
    public BigDecimal szi = BigDecimal.ZERO;
    public BigDecimal entryPx = BigDecimal.ZERO;
    public int leverage;
    public boolean cross;
    public BigDecimal margin = BigDecimal.ZERO;
    /** Derived liquidation price (null when none); recomputed after every change. */
    public BigDecimal liquidationPx;

    public HlPosition(long id, long uid, String symbol) {
        super(id, uid, symbol);
    }

    @Override
    public int side() { return szi.signum(); }

    @Override
    public boolean isOpen() { return szi.signum() != 0; }

    @Override
    public BigDecimal triggerPrice() { return isOpen() && !cross ? liquidationPx : null; }

    public BigDecimal rawUsd() { return margin.subtract(szi.multiply(entryPx)); }

    public void flatten() {
        szi = BigDecimal.ZERO;
        entryPx = BigDecimal.ZERO;
        margin = BigDecimal.ZERO;
        liquidationPx = null;
    }
}
