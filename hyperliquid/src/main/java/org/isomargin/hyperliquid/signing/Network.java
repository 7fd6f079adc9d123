package org.isomargin.hyperliquid.signing;

/**
 * Which Hyperliquid network signatures are checked against: the phantom agent's {@code source} for L1 actions and
 * the {@code hyperliquidChain} value of user-signed actions. PY and RS sign as TESTNET for any non-mainnet URL (§2.3).
 */
public enum Network {
    MAINNET("a", "Mainnet"),
    TESTNET("b", "Testnet");

    private final String source;
    private final String hyperliquidChain;

    Network(String source, String hyperliquidChain) {
        this.source = source;
        this.hyperliquidChain = hyperliquidChain;
    }

    /** Phantom-agent source: "a" or "b". */
    public String source() {
        return source;
    }

    /** The {@code hyperliquidChain} a user-signed action must carry on this network. */
    public String hyperliquidChain() {
        return hyperliquidChain;
    }
}
