package org.isomargin.engine.market;

/** Bybit contract families: linear settles in the quote coin, inverse in the base coin (quantities in USD contracts). */
public enum BybitCategory {
    LINEAR, INVERSE;

    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static BybitCategory fromWire(String s) {
        if ("linear".equals(s)) return LINEAR;
        if ("inverse".equals(s)) return INVERSE;
        return null;
    }
}
