package org.isomargin.engine.command;

import org.isomargin.engine.account.BybitMarginMode;

/** Opens an account; {@code address} (lowercase 0x…, nullable) owns it on the Hyperliquid side. */
public record CreateAccount(long timestamp, String address, BybitMarginMode marginMode) implements Command {
}
