package org.isomargin.hyperliquid.wire;

import java.util.List;

/** {@code {"type":"cancel","cancels":[{"a":u32,"o":u64}…]}}. */
public record Cancel(List<CancelRequest> cancels) implements L1Action {

    public static final String TYPE = "cancel";

    public Cancel {
        cancels = List.copyOf(cancels);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
