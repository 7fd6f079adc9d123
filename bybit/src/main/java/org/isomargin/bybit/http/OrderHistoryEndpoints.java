package org.isomargin.bybit.http;

import static io.vertx.core.http.HttpMethod.GET;

import java.util.List;
import java.util.Map;

/** Order and trade history: /v5/order/realtime, /v5/order/history, /v5/execution/list (newest first, offset cursors). */
final class OrderHistoryEndpoints {
    private OrderHistoryEndpoints() {}

    static void register(Map<String, Route> r) {
        Route.add(r, GET, "/v5/order/realtime", Access.PRIVATE_READ, OrderHistoryEndpoints::realtime);
        Route.add(r, GET, "/v5/order/history", Access.PRIVATE_READ, OrderHistoryEndpoints::history);
        Route.add(r, GET, "/v5/execution/list", Access.PRIVATE_READ, OrderHistoryEndpoints::executions);
    }

    /**
     * Bybit semantics: openOnly 0 (default) lists open orders, and nothing here is ever open; openOnly 1 lists the
     * recent closed ones. An orderId or orderLinkId finds its order either way.
     */
    static void realtime(Call c) {
        Params p = c.params();
        Integer openOnly = p.integer("openOnly");
        if (openOnly != null && (openOnly < 0 || openOnly > 2)) throw new BadParam("openOnly", "must be 0, 1 or 2");
        OrderQueries.Filter f = filter(p);
        boolean closed = (openOnly != null && openOnly > 0) || f.orderId() != null || f.orderLinkId() != null;
        orders(c, f, closed, 50);
    }

    static void history(Call c) {
        Params p = c.params();
        String status = p.string("orderStatus");
        orders(c, filter(p), status == null || status.equals("Filled"), 50);
    }

    private static void orders(Call c, OrderQueries.Filter f, boolean any, int max) {
        Params p = c.params();
        int limit = Fields.limit(p, 20, max);
        int offset = Fields.cursor(p);
        String category = f.category();
        if (!any || !isDerivative(category)) {
            c.ok(ResultBody.emptyList(category));
            return;
        }
        long uid = c.uid();
        c.read(e -> OrderQueries.orders(e, uid, f), r -> {
            @SuppressWarnings("unchecked")
            Page<OrderRow> page = Page.of((List<OrderRow>) r.payload(), offset, limit);
            return g -> {
                g.writeStartObject();
                g.writeStringField("category", category);
                g.writeStringField("nextPageCursor", page.nextCursor());
                g.writeArrayFieldStart("list");
                for (OrderRow row : page.rows()) OrderJson.order(g, row);
                g.writeEndArray();
                g.writeEndObject();
            };
        });
    }

    static void executions(Call c) {
        Params p = c.params();
        OrderQueries.Filter f = filter(p);
        String execType = p.string("execType");
        int limit = Fields.limit(p, 50, 100);
        int offset = Fields.cursor(p);
        String category = f.category();
        if (!isDerivative(category)) {
            c.ok(ResultBody.emptyList(category));
            return;
        }
        long uid = c.uid();
        c.read(e -> OrderQueries.executions(e, uid, f, execType), r -> {
            @SuppressWarnings("unchecked")
            Page<ExecutionRow> page = Page.of((List<ExecutionRow>) r.payload(), offset, limit);
            return g -> {
                g.writeStartObject();
                g.writeStringField("category", category);
                g.writeStringField("nextPageCursor", page.nextCursor());
                g.writeArrayFieldStart("list");
                for (ExecutionRow row : page.rows()) OrderJson.execution(g, row);
                g.writeEndArray();
                g.writeEndObject();
            };
        });
    }

    private static OrderQueries.Filter filter(Params p) {
        String category = Fields.anyCategory(p, true);
        String symbol = Fields.symbol(p, false);
        String settle = p.string("settleCoin");
        if (settle != null) Fields.checkUpper("settleCoin", settle);
        return new OrderQueries.Filter(category, symbol, settle, p.string("orderId"), p.string("orderLinkId"),
                p.longValue("startTime"), p.longValue("endTime"));
    }

    private static boolean isDerivative(String category) {
        return category.equals("linear") || category.equals("inverse");
    }

}
