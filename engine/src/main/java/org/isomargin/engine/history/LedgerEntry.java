package org.isomargin.engine.history;

import java.math.BigDecimal;

/**
 * A non-trading money movement of an account: deposit, withdrawal, isolated margin change (amount signed,
 * into the position when positive), auto-add, or liquidation loss.
 */
public record LedgerEntry(long time, Type type, String coin, String symbol, BigDecimal amount) {

    public enum Type { DEPOSIT, WITHDRAW, ISOLATED_MARGIN, AUTO_ADD_MARGIN, LIQUIDATION }
}
