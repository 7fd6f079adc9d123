package org.isomargin.engine.command;

import java.math.BigDecimal;

/** Debits a wallet, only from what is free; a repeated non-null {@code txId} is applied once. */
public record Withdraw(long timestamp, long uid, String coin, BigDecimal amount, String txId) implements Command {
}
