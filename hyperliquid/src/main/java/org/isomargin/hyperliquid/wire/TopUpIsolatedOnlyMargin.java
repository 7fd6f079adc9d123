package org.isomargin.hyperliquid.wire;

/**
 * {@code {"type":"topUpIsolatedOnlyMargin","asset":u32,"leverage":"<decimal>"}}: top up to a target leverage.
 * The leverage string is kept canonical ({@code "5.0"} becomes {@code "5"}) because that is what gets hashed.
 */
public record TopUpIsolatedOnlyMargin(int asset, String leverage) implements L1Action {

    public static final String TYPE = "topUpIsolatedOnlyMargin";

    public TopUpIsolatedOnlyMargin {
        Check.asset(asset);
        leverage = DecimalString.canonical(leverage);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
