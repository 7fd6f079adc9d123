package org.isomargin.engine.account;

/** An approved Hyperliquid API wallet: signs L1 actions for its master and the master's sub-accounts. */
public record Agent(String address, String name, long masterUid, long validUntil) {
}
