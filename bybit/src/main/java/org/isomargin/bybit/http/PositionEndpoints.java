package org.isomargin.bybit.http;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.command.BybitAddMargin;
import org.isomargin.engine.command.BybitSetAutoAddMargin;
import org.isomargin.engine.command.BybitSetLeverage;
import org.isomargin.engine.command.BybitSwitchIsolated;
import org.isomargin.engine.command.BybitSwitchMode;
import org.isomargin.engine.market.BybitCategory;
import org.isomargin.engine.view.BybitPositionView;

/** /v5/position/*: add or reduce margin, list, leverage, margin and position modes, auto-add-margin. */
final class PositionEndpoints {
    private static final int LIST_MAX = 200;
    private static final int LIST_DEFAULT = 20;

    private PositionEndpoints() {}

    static void register(Map<String, Route> r) {
        Route.add(r, POST, "/v5/position/add-margin", Access.PRIVATE_WRITE, PositionEndpoints::addMargin);
        Route.add(r, GET, "/v5/position/list", Access.PRIVATE_READ, PositionEndpoints::list);
        Route.add(r, POST, "/v5/position/set-leverage", Access.PRIVATE_WRITE, PositionEndpoints::setLeverage);
        Route.add(r, POST, "/v5/position/switch-isolated", Access.PRIVATE_WRITE, PositionEndpoints::switchIsolated);
        Route.add(r, POST, "/v5/position/set-auto-add-margin", Access.PRIVATE_WRITE, PositionEndpoints::setAutoAddMargin);
        Route.add(r, POST, "/v5/position/switch-mode", Access.PRIVATE_WRITE, PositionEndpoints::switchMode);
    }

    /** Parameter checks only, in body order; the engine applies bybit-v5.md §10 item 3 from symbol/category on. */
    static void addMargin(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, true);
        BigDecimal margin = Fields.margin(p);
        int idx = Fields.positionIdx(p);
        long uid = c.uid();
        c.submit(ts -> new BybitAddMargin(ts, uid, category, symbol, idx, margin),
                r -> PositionJson.snapshot(r.payloadAs(BybitPositionView.class)));
    }

    static void list(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, false);
        String settle = p.string("settleCoin");
        if (settle != null) Fields.checkUpper("settleCoin", settle);
        if (symbol == null && settle == null && category == BybitCategory.LINEAR)
            throw new BadParam("symbol", "or settleCoin is required for linear");
        int limit = Fields.limit(p, LIST_DEFAULT, LIST_MAX);
        int offset = Fields.cursor(p);
        long uid = c.uid();
        c.read(e -> PositionQueries.list(e, uid, category, symbol, settle), r -> {
            @SuppressWarnings("unchecked")
            Page<BybitPositionView> page = Page.of((List<BybitPositionView>) r.payload(), offset, limit);
            return g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("list");
                for (BybitPositionView v : page.rows()) PositionJson.row(g, v);
                g.writeEndArray();
                g.writeStringField("nextPageCursor", page.nextCursor());
                g.writeStringField("category", category.wire());
                g.writeEndObject();
            };
        });
    }

    static void setLeverage(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, true);
        BigDecimal buy = Fields.positive(p, "buyLeverage");
        BigDecimal sell = Fields.positive(p, "sellLeverage");
        long uid = c.uid();
        c.submit(ts -> new BybitSetLeverage(ts, uid, category, symbol, buy, sell), r -> ResultBody.EMPTY);
    }

    /** Deprecated per-symbol switch (bybit-v5.md §4.3), kept because ccxt uses it for non-UTA accounts. */
    static void switchIsolated(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, true);
        boolean isolated = Fields.oneOf(p, "tradeMode", 0, 1) == 1;
        BigDecimal buy = Fields.positive(p, "buyLeverage");
        BigDecimal sell = Fields.positive(p, "sellLeverage");
        long uid = c.uid();
        c.submit(ts -> new BybitSwitchIsolated(ts, uid, category, symbol, isolated, buy, sell), r -> ResultBody.EMPTY);
    }

    static void setAutoAddMargin(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, true);
        boolean on = Fields.oneOf(p, "autoAddMargin", 0, 1) == 1;
        int idx = Fields.positionIdx(p);
        long uid = c.uid();
        c.submit(ts -> new BybitSetAutoAddMargin(ts, uid, category, symbol, idx, on), r -> ResultBody.EMPTY);
    }

    /** mode 0 = one-way (merged single), 3 = hedge (both sides); symbol wins over coin (bybit-v5.md §4.5). */
    static void switchMode(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, false);
        String coin = p.string("coin");
        if (coin != null) Fields.checkUpper("coin", coin);
        if (symbol == null && coin == null) throw new BadParam("symbol", "or coin is required");
        boolean hedge = Fields.oneOf(p, "mode", 0, 3) == 3;
        long uid = c.uid();
        String target = symbol;
        String coinOrNull = symbol == null ? coin : null;
        c.submit(ts -> new BybitSwitchMode(ts, uid, category, target, coinOrNull, hedge), r -> ResultBody.EMPTY);
    }
}
