package org.isomargin.engine.command;

import org.isomargin.engine.account.BybitMarginMode;

/** POST /v5/account/set-margin-mode. */
public record BybitSetMarginMode(long timestamp, long uid, BybitMarginMode mode) implements Command {
}
