package org.isomargin.engine.command;

/** Opens a sub-account (or a vault led by {@code masterUid}) acted on through Hyperliquid's vaultAddress. */
public record CreateSubAccount(long timestamp, long masterUid, String name, boolean vault) implements Command {
}
