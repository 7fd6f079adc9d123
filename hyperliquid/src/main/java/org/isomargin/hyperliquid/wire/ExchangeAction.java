package org.isomargin.hyperliquid.wire;

/**
 * Any action accepted on {@code POST /exchange}. The two branches are signed differently:
 * L1 actions through the msgpack phantom agent, user-signed actions through their own EIP-712 type.
 */
public sealed interface ExchangeAction permits L1Action, UserSignedAction {

    /** The {@code type} tag exactly as it appears on the wire. */
    String type();
}
