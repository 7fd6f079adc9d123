package org.isomargin.hyperliquid.wire;

/**
 * {@code {"type":"updateIsolatedMargin","asset":u32,"isBuy":bool,"ntli":i64}}.
 * {@code ntli} is signed micro-USDC (1e6 = 1 USDC); {@code isBuy} is hashed but has no margin effect (§1.3).
 */
public record UpdateIsolatedMargin(int asset, boolean isBuy, long ntli) implements L1Action {

    public static final String TYPE = "updateIsolatedMargin";

    public UpdateIsolatedMargin {
        Check.asset(asset);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
