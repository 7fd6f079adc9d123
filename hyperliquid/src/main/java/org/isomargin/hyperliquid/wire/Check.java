package org.isomargin.hyperliquid.wire;

/** Range checks shared by the record constructors; they throw IllegalArgumentException, which the parser maps to 422. */
final class Check {

    private Check() {
    }

    static void asset(int asset) {
        nonNegative(asset, "asset");
    }

    static void nonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }
}
