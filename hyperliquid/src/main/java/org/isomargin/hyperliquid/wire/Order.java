package org.isomargin.hyperliquid.wire;

import java.util.List;
import java.util.Objects;

/**
 * {@code {"type":"order","orders":[…],"grouping":…,"builder"?:{b,f}}}. Parsed so that order-shaped
 * signatures can be verified; {@code builder} is null when absent and is then left out of the hash.
 */
public record Order(List<OrderRequest> orders, Grouping grouping, BuilderFee builder) implements L1Action {

    public static final String TYPE = "order";

    public Order {
        orders = List.copyOf(orders);
        Objects.requireNonNull(grouping, "grouping");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
