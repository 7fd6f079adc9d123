package org.isomargin.hyperliquid.wire;

/** Limit time-in-force values; the last two are what Hyperliquid's own frontend and liquidator send. */
public enum Tif {
    ALO("Alo"), IOC("Ioc"), GTC("Gtc"), FRONTEND_MARKET("FrontendMarket"), LIQUIDATION_MARKET("LiquidationMarket");

    private final String wire;

    Tif(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return the value, or null when {@code text} is not a known variant */
    public static Tif fromWire(String text) {
        for (Tif t : values()) {
            if (t.wire.equals(text)) {
                return t;
            }
        }
        return null;
    }
}
