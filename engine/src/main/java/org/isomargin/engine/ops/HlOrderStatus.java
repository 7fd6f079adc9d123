package org.isomargin.engine.ops;

import java.math.BigDecimal;

/** One entry of a Hyperliquid order/cancel response's "statuses": filled, or an error string. */
public record HlOrderStatus(BigDecimal totalSz, BigDecimal avgPx, long oid, String error) {
    public static HlOrderStatus filled(BigDecimal sz, BigDecimal px, long oid) { return new HlOrderStatus(sz, px, oid, null); }

    public static HlOrderStatus error(String msg) { return new HlOrderStatus(null, null, 0, msg); }

    public boolean isFilled() { return error == null; }
}
