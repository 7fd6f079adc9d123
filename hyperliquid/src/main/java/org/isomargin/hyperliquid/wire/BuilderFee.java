package org.isomargin.hyperliquid.wire;

/** Optional {@code builder} of an order: {@code b} lowercase builder address, {@code f} fee in tenths of a basis point. */
public record BuilderFee(String address, long fee) {

    public BuilderFee {
        address = Address.normalize(address);
        Check.nonNegative(fee, "fee");
    }
}
