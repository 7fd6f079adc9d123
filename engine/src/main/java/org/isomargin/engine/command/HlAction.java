package org.isomargin.engine.command;

/**
 * A Hyperliquid action whose signature the dialect already recovered: {@code signer} is the recovered address,
 * the engine resolves it to an account or agent, checks the nonce and vault, then applies {@code body}.
 */
public record HlAction(long timestamp, String signer, long nonce, Long expiresAfter, String vaultAddress,
                       HlActionBody body) implements Command {
    /** hyperliquid.md §3.1: a nonce must be below the engine's time + 1 day (the dialect answers u64 nonces with it). */
    public static final long NONCE_HORIZON_MS = 86_400_000L;
}
