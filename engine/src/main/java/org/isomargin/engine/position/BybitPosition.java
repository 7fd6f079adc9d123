package org.isomargin.engine.position;

import java.math.BigDecimal;

/**
 * One Bybit position slot (symbol + positionIdx). Size is always positive; {@code side} carries direction.
 * {@code extraMargin} is X of bybit-v5.md §5.1: manual adds − reductions + auto-adds, scaled on partial
 * close, zeroed by set-leverage. Derived figures are recomputed by the rules after every change.
 */
public final class BybitPosition extends Position {
    public final int positionIdx;
    public int side;
    public BigDecimal size = BigDecimal.ZERO;
    public BigDecimal avgPrice = BigDecimal.ZERO;
    public BigDecimal leverage;
    public boolean isolated = true;
    public BigDecimal extraMargin = BigDecimal.ZERO;
    public boolean autoAddMargin;
    public PositionStatus status = PositionStatus.Normal;
    public BigDecimal curRealisedPnl = BigDecimal.ZERO;

    // Derived (rules output); null price = "" on the wire.
    public int riskId;
    public BigDecimal riskLimitValue = BigDecimal.ZERO;
    public BigDecimal positionIM = BigDecimal.ZERO;
    public BigDecimal positionMM = BigDecimal.ZERO;
    public BigDecimal bustPrice;
    public BigDecimal liqPrice;

    public BybitPosition(long id, long uid, String symbol, int positionIdx, BigDecimal leverage) {
        super(id, uid, symbol);
        this.positionIdx = positionIdx;
        this.leverage = leverage;
    }

    @Override
    public int side() { return side; }

    @Override
    public boolean isOpen() { return size.signum() > 0; }

    @Override
    public BigDecimal triggerPrice() { return isOpen() && isolated ? liqPrice : null; }

    /** Clears the slot after a full close or liquidation; the leverage and auto-add choice stay. */
    public void flatten() {
        side = 0;
        size = BigDecimal.ZERO;
        avgPrice = BigDecimal.ZERO;
        extraMargin = BigDecimal.ZERO;
        positionIM = BigDecimal.ZERO;
        positionMM = BigDecimal.ZERO;
        bustPrice = null;
        liqPrice = null;
    }
}
