package org.isomargin.hyperliquid.wire;

/** The order action's {@code grouping}: plain orders, or orders linked to TP/SL children. */
public enum Grouping {
    NA("na"), NORMAL_TPSL("normalTpsl"), POSITION_TPSL("positionTpsl");

    private final String wire;

    Grouping(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return the value, or null when {@code text} is not a known variant */
    public static Grouping fromWire(String text) {
        for (Grouping g : values()) {
            if (g.wire.equals(text)) {
                return g;
            }
        }
        return null;
    }
}
