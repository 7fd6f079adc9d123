package org.isomargin.hyperliquid.wire;

/** Trigger kind: take-profit or stop-loss. */
public enum Tpsl {
    TP("tp"), SL("sl");

    private final String wire;

    Tpsl(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return the value, or null when {@code text} is not a known variant */
    public static Tpsl fromWire(String text) {
        for (Tpsl t : values()) {
            if (t.wire.equals(text)) {
                return t;
            }
        }
        return null;
    }
}
