package org.isomargin.hyperliquid.wire;

import java.util.Objects;

/** The {@code t} field of an order: exactly one of {@code {"limit":…}} or {@code {"trigger":…}}. */
public sealed interface OrderType permits OrderType.Limit, OrderType.Trigger {

    /** {@code {"limit":{"tif":…}}}. */
    record Limit(Tif tif) implements OrderType {
        public Limit {
            Objects.requireNonNull(tif, "tif");
        }
    }

    /** {@code {"trigger":{"isMarket":…,"triggerPx":…,"tpsl":…}}}, in that hashed order. */
    record Trigger(boolean isMarket, String triggerPx, Tpsl tpsl) implements OrderType {
        public Trigger {
            triggerPx = DecimalString.canonical(triggerPx);
            Objects.requireNonNull(tpsl, "tpsl");
        }
    }
}
