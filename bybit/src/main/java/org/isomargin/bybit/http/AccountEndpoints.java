package org.isomargin.bybit.http;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.account.BybitMarginMode;
import org.isomargin.engine.command.BybitSetMarginMode;

/** /v5/account/*: margin mode, wallet balance, account info, fee rates. */
final class AccountEndpoints {
    /** UTA 2.0 Pro: ccxt then uses the unified endpoints throughout (CLIENTS.md §4.2). */
    static final int UNIFIED_MARGIN_STATUS = 6;

    private AccountEndpoints() {}

    static void register(Map<String, Route> r) {
        Route.add(r, POST, "/v5/account/set-margin-mode", Access.PRIVATE_WRITE, AccountEndpoints::setMarginMode);
        Route.add(r, GET, "/v5/account/wallet-balance", Access.PRIVATE_READ, AccountEndpoints::walletBalance);
        Route.add(r, GET, "/v5/account/info", Access.PRIVATE_READ, AccountEndpoints::info);
        Route.add(r, GET, "/v5/account/fee-rate", Access.PRIVATE_READ, AccountEndpoints::feeRate);
    }

    static void setMarginMode(Call c) {
        String name = c.params().requiredString("setMarginMode");
        BybitMarginMode mode;
        try {
            mode = BybitMarginMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadParam("setMarginMode", "must be ISOLATED_MARGIN, REGULAR_MARGIN or PORTFOLIO_MARGIN");
        }
        long uid = c.uid();
        c.submit(ts -> new BybitSetMarginMode(ts, uid, mode), r -> g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("reasons");
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static void walletBalance(Call c) {
        Params p = c.params();
        String type = p.requiredString("accountType");
        if (!"UNIFIED".equals(type)) throw new BadParam("accountType", "only UNIFIED is supported");
        List<String> coins = new ArrayList<>();
        String list = p.string("coin");
        if (list != null) for (String coin : list.split(",")) if (!coin.isEmpty()) coins.add(Fields.checkUpper("coin", coin));
        long uid = c.uid();
        List<String> wanted = List.copyOf(coins);
        c.read(e -> AccountQueries.wallet(e, uid, wanted), r -> {
            @SuppressWarnings("unchecked")
            List<CoinBalance> balances = (List<CoinBalance>) r.payload();
            return WalletJson.of(balances);
        });
    }

    static void info(Call c) {
        long uid = c.uid();
        long now = c.now();
        c.read(e -> AccountQueries.marginMode(e, uid), r -> g -> {
            g.writeStartObject();
            g.writeNumberField("unifiedMarginStatus", UNIFIED_MARGIN_STATUS);
            g.writeStringField("marginMode", ((BybitMarginMode) r.payload()).name());
            g.writeBooleanField("isMasterTrader", false);
            g.writeStringField("spotHedgingStatus", "OFF");
            g.writeStringField("updatedTime", Long.toString(now));
            g.writeStringField("dcpStatus", "OFF");
            g.writeNumberField("timeWindow", 10);
            g.writeNumberField("smpGroup", 0);
            g.writeEndObject();
        });
    }

    static void feeRate(Call c) {
        Params p = c.params();
        String category = Fields.anyCategory(p, true);
        String symbol = Fields.symbol(p, false);
        if (category.equals("spot") || category.equals("option")) {
            c.ok(g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("list");
                g.writeEndArray();
                g.writeEndObject();
            });
            return;
        }
        long uid = c.uid();
        c.read(e -> AccountQueries.fees(e, uid, category, symbol), r -> {
            @SuppressWarnings("unchecked")
            List<AccountQueries.FeeLine> lines = (List<AccountQueries.FeeLine>) r.payload();
            return g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("list");
                for (AccountQueries.FeeLine l : lines) {
                    g.writeStartObject();
                    g.writeStringField("symbol", l.symbol());
                    g.writeStringField("takerFeeRate", Wire.plain(l.taker()));
                    g.writeStringField("makerFeeRate", Wire.plain(l.maker()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            };
        });
    }
}
