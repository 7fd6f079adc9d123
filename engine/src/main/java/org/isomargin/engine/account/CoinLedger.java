package org.isomargin.engine.account;

import java.math.BigDecimal;

/**
 * Engine-wide money flows of one coin. Conservation: Σ wallets + fees + insurance = deposits − withdrawals +
 * externalPnl, where externalPnl is what fills from the outside market paid in (gross trade PnL).
 */
public final class CoinLedger {
    public BigDecimal deposits = BigDecimal.ZERO;
    public BigDecimal withdrawals = BigDecimal.ZERO;
    public BigDecimal externalPnl = BigDecimal.ZERO;
    public BigDecimal fees = BigDecimal.ZERO;
    public BigDecimal insurance = BigDecimal.ZERO;

    /** What the wallets of this coin must add up to. */
    public BigDecimal expectedWallets() {
        return deposits.subtract(withdrawals).add(externalPnl).subtract(fees).subtract(insurance);
    }
}
