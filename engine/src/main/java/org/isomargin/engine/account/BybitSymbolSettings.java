package org.isomargin.engine.account;

import java.math.BigDecimal;

/** What an account chose for one Bybit symbol: position mode and the leverage new positions open with. */
public final class BybitSymbolSettings {
    public boolean hedgeMode;
    public BigDecimal buyLeverage;
    public BigDecimal sellLeverage;
    /** Per-symbol isolated flag (deprecated switch-isolated); null = follow the account margin mode. */
    public Boolean isolated;

    public BybitSymbolSettings(BigDecimal defaultLeverage) {
        this.buyLeverage = defaultLeverage;
        this.sellLeverage = defaultLeverage;
    }

    public BigDecimal leverageFor(int side) { return side > 0 ? buyLeverage : sellLeverage; }
}
