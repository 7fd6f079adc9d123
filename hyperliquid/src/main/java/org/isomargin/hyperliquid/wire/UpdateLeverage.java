package org.isomargin.hyperliquid.wire;

/** {@code {"type":"updateLeverage","asset":u32,"isCross":bool,"leverage":u32}}; the range check is business logic. */
public record UpdateLeverage(int asset, boolean isCross, int leverage) implements L1Action {

    public static final String TYPE = "updateLeverage";

    public UpdateLeverage {
        Check.asset(asset);
        Check.nonNegative(leverage, "leverage");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
