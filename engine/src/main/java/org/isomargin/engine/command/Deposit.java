package org.isomargin.engine.command;

import java.math.BigDecimal;

/** Credits a wallet; a repeated non-null {@code txId} is applied once. */
public record Deposit(long timestamp, long uid, String coin, BigDecimal amount, String txId) implements Command {
}
