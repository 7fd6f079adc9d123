package org.isomargin.hyperliquid.wire;

/**
 * An action signed as an L1 action: keccak(msgpack(action) ‖ nonce ‖ vault ‖ expiresAfter) wrapped in
 * the phantom agent (hyperliquid.md §2.1). Every record holds its fields already canonical (§2.2).
 */
public sealed interface L1Action extends ExchangeAction
        permits UpdateIsolatedMargin, TopUpIsolatedOnlyMargin, UpdateLeverage, Order, Cancel, Noop {
}
