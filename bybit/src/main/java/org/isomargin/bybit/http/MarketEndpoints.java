package org.isomargin.bybit.http;

import static io.vertx.core.http.HttpMethod.GET;
import static org.isomargin.engine.result.ResultCode.UNKNOWN_SYMBOL;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.Engine;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.market.Market;
import org.isomargin.engine.market.RiskTier;
import org.isomargin.engine.result.Result;

/**
 * Public /v5/market/*: no auth, no rate-limit headers. spot and option categories answer empty lists, because
 * ccxt's loadMarkets asks for them and aborts on any error (CLIENTS.md §3.2).
 */
final class MarketEndpoints {
    private MarketEndpoints() {}

    static void register(Map<String, Route> r) {
        Route.add(r, GET, "/v5/market/time", Access.PUBLIC, MarketEndpoints::time);
        Route.add(r, GET, "/v5/market/tickers", Access.PUBLIC, MarketEndpoints::tickers);
        Route.add(r, GET, "/v5/market/instruments-info", Access.PUBLIC, MarketEndpoints::instruments);
        Route.add(r, GET, "/v5/market/risk-limit", Access.PUBLIC, MarketEndpoints::riskLimit);
    }

    static void time(Call c) {
        long now = c.now();
        c.ok(g -> {
            g.writeStartObject();
            g.writeStringField("timeSecond", Long.toString(now / 1000));
            g.writeStringField("timeNano", now + "000000");
            g.writeEndObject();
        });
    }

    /** Markets of a category (or the one symbol) with their marks, read on the engine thread. */
    static Result quotes(Engine e, String category, String symbol) {
        List<MarketQuote> out = new ArrayList<>();
        if (symbol != null) {
            BybitMarket m = e.state().bybitMarket(symbol);
            if (m == null || !m.category().wire().equals(category)) return Result.fail(UNKNOWN_SYMBOL, symbol);
            out.add(new MarketQuote(m, e.state().mark(symbol)));
            return Result.ok(List.copyOf(out));
        }
        for (Market mk : e.state().markets.values())
            if (mk instanceof BybitMarket m && m.category().wire().equals(category))
                out.add(new MarketQuote(m, e.state().mark(m.symbol())));
        return Result.ok(List.copyOf(out));
    }

    private interface QuoteWriter {
        void write(JsonGenerator g, MarketQuote q) throws IOException;
    }

    /** Shared shape {category, list, nextPageCursor}: every list fits one page here. */
    private static void quoteList(Call c, String category, String symbol, QuoteWriter item) {
        if (!category.equals("linear") && !category.equals("inverse")) {
            c.ok(ResultBody.emptyList(category));
            return;
        }
        c.read(e -> quotes(e, category, symbol), r -> {
            @SuppressWarnings("unchecked")
            List<MarketQuote> quotes = (List<MarketQuote>) r.payload();
            return g -> {
                g.writeStartObject();
                g.writeStringField("category", category);
                g.writeArrayFieldStart("list");
                for (MarketQuote q : quotes) item.write(g, q);
                g.writeEndArray();
                g.writeStringField("nextPageCursor", "");
                g.writeEndObject();
            };
        });
    }

    static void tickers(Call c) {
        Params p = c.params();
        quoteList(c, Fields.anyCategory(p, true), Fields.symbol(p, false), MarketJson::ticker);
    }

    /** Every market here is live, so a status filter other than Trading matches nothing (ccxt asks PreLaunch). */
    static void instruments(Call c) {
        Params p = c.params();
        String category = Fields.anyCategory(p, true);
        String symbol = Fields.symbol(p, false);
        Fields.limit(p, 500, 1000);
        Fields.cursor(p);
        String status = p.string("status");
        String baseCoin = p.string("baseCoin");
        if (status != null && !status.equals("Trading")) {
            c.ok(ResultBody.emptyList(category));
            return;
        }
        quoteList(c, category, symbol, (g, q) -> {
            if (baseCoin == null || baseCoin.equals(q.market().baseCoin())) MarketJson.instrument(g, q.market());
        });
    }

    static void riskLimit(Call c) {
        Params p = c.params();
        String category = Fields.anyCategory(p, true);
        quoteList(c, category, Fields.symbol(p, false), (g, q) -> {
            List<RiskTier> tiers = q.market().riskTiers();
            for (int i = 0; i < tiers.size(); i++) MarketJson.riskTier(g, q.market(), tiers.get(i), i == 0);
        });
    }
}
