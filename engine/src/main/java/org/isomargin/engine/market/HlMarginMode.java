package org.isomargin.engine.market;

/** Hyperliquid asset margin modes (meta.universe[].marginMode). */
public enum HlMarginMode {
    NORMAL("normal"), NO_CROSS("noCross"), STRICT_ISOLATED("strictIsolated");

    private final String wire;

    HlMarginMode(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public boolean onlyIsolated() { return this != NORMAL; }

    public static HlMarginMode fromWire(String s) {
        for (HlMarginMode m : values()) if (m.wire.equals(s)) return m;
        return null;
    }
}
