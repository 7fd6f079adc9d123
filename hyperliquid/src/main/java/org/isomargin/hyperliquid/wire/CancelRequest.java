package org.isomargin.hyperliquid.wire;

/** One cancel, wire keys {@code a} (asset) and {@code o} (order id). */
public record CancelRequest(int asset, long oid) {

    public CancelRequest {
        Check.asset(asset);
        Check.nonNegative(oid, "oid");
    }
}
