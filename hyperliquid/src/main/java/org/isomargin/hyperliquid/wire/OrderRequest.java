package org.isomargin.hyperliquid.wire;

import java.util.Objects;

/**
 * One order, wire keys {@code a b p s r t c}. Price and size are canonical decimal strings (the SDKs'
 * float_to_wire form); {@code cloid} is null when absent, else lowercase {@code 0x} + 32 hex digits.
 */
public record OrderRequest(int asset, boolean isBuy, String price, String size, boolean reduceOnly,
                           OrderType orderType, String cloid) {

    public OrderRequest {
        Check.asset(asset);
        price = DecimalString.canonical(price);
        size = DecimalString.canonical(size);
        Objects.requireNonNull(orderType, "orderType");
        if (cloid != null) {
            cloid = Hex.normalizeFixed(cloid, 16, "cloid");
        }
    }
}
