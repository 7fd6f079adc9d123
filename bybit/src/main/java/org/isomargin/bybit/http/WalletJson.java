package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * /v5/account/wallet-balance (bybit-v5.md §4.10). The account-level USD totals do not apply to isolated margin
 * and the engine prices no coin in USD, so they are ""; per coin, what the engine does not have (orders, spot
 * borrowing, bonus, locks) is "0".
 */
final class WalletJson {
    private static final String[] ACCOUNT_TOTALS = {"totalEquity", "accountIMRate", "accountIMRateByMp",
            "totalMarginBalance", "totalInitialMargin", "totalInitialMarginByMp", "totalAvailableBalance",
            "accountMMRate", "accountMMRateByMp", "totalPerpUPL", "totalWalletBalance", "accountLTV",
            "totalMaintenanceMargin", "totalMaintenanceMarginByMp"};

    private WalletJson() {}

    static ResultBody of(List<CoinBalance> coins) {
        return g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("list");
            g.writeStartObject();
            g.writeStringField("accountType", "UNIFIED");
            for (String f : ACCOUNT_TOTALS) g.writeStringField(f, "");
            g.writeArrayFieldStart("coin");
            for (CoinBalance c : coins) coin(g, c);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    private static void coin(JsonGenerator g, CoinBalance c) throws IOException {
        g.writeStartObject();
        g.writeStringField("coin", c.coin());
        g.writeStringField("equity", Wire.plain(c.equity()));
        g.writeStringField("usdValue", "");
        g.writeStringField("walletBalance", Wire.plain(c.walletBalance()));
        g.writeStringField("free", "");
        g.writeStringField("locked", "0");
        g.writeStringField("spotHedgingQty", "0");
        g.writeStringField("borrowAmount", "0");
        g.writeStringField("availableToWithdraw", Wire.plain(c.available().max(java.math.BigDecimal.ZERO)));
        g.writeStringField("accruedInterest", "0");
        g.writeStringField("totalOrderIM", "0");
        g.writeStringField("totalPositionIM", Wire.plain(c.positionIM()));
        g.writeStringField("totalPositionMM", Wire.plain(c.positionMM()));
        g.writeStringField("unrealisedPnl", Wire.plain(c.unrealisedPnl()));
        g.writeStringField("cumRealisedPnl", Wire.plain(c.cumRealisedPnl()));
        g.writeStringField("bonus", "0");
        g.writeBooleanField("marginCollateral", true);
        g.writeBooleanField("collateralSwitch", true);
        g.writeStringField("availableToBorrow", "");
        g.writeStringField("spotBorrow", "0");
        g.writeEndObject();
    }
}
