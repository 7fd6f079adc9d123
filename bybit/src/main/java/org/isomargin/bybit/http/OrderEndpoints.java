package org.isomargin.bybit.http;

import static io.vertx.core.http.HttpMethod.POST;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.command.BybitPlaceOrder;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.BybitCategory;

/**
 * POST /v5/order/create and /v5/order/cancel-all. There is no order book: Market orders, and Limit orders priced through
 * the mark, fill at once at the mark with the taker fee; other Limit orders are refused (the engine's retMsg
 * says why). Nothing ever rests, so cancel-all has nothing to cancel.
 */
final class OrderEndpoints {
    private static final int MAX_LINK_ID = 36;
    /** Order features the engine does not have; a non-empty value is refused rather than silently dropped. */
    private static final String[] UNSUPPORTED = {"triggerPrice", "takeProfit", "stopLoss", "tpLimitPrice", "slLimitPrice"};

    private OrderEndpoints() {}

    static void register(Map<String, Route> r) {
        Route.add(r, POST, "/v5/order/create", Access.PRIVATE_WRITE, OrderEndpoints::create);
        Route.add(r, POST, "/v5/order/cancel-all", Access.PRIVATE_WRITE, OrderEndpoints::cancelAll);
    }

    static void create(Call c) {
        Params p = c.params();
        BybitCategory category = Fields.derivativeCategory(p);
        String symbol = Fields.symbol(p, true);
        int side = switch (p.requiredString("side")) {
            case "Buy" -> 1;
            case "Sell" -> -1;
            default -> throw new BadParam("side", "must be Buy or Sell");
        };
        String type = p.requiredString("orderType");
        if (!type.equals("Market") && !type.equals("Limit")) throw new BadParam("orderType", "must be Market or Limit");
        BigDecimal qty = Fields.positive(p, "qty");
        BigDecimal price = type.equals("Limit") ? Fields.positive(p, "price") : null;
        String tif = p.string("timeInForce");
        if (tif != null && !List.of("GTC", "IOC", "FOK", "PostOnly", "RPI").contains(tif))
            throw new BadParam("timeInForce", "must be GTC, IOC, FOK or PostOnly");
        boolean reduceOnly = p.bool("reduceOnly", false);
        int idx = Fields.positionIdx(p);
        String linkId = p.string("orderLinkId");
        if (linkId != null && linkId.length() > MAX_LINK_ID) throw new BadParam("orderLinkId", "must be at most 36 characters");
        for (String f : UNSUPPORTED) {
            BigDecimal v = p.has(f) ? p.decimal(f) : null;
            if (v != null && v.signum() != 0) throw new BadParam(f, "is not supported by this venue");
        }
        long uid = c.uid();
        c.submit(ts -> new BybitPlaceOrder(ts, uid, category, symbol, side, type, qty, price, tif, reduceOnly, idx, linkId),
                r -> {
                    OrderRecord o = r.payloadAs(OrderRecord.class);
                    return g -> {
                        g.writeStartObject();
                        g.writeStringField("orderId", WireIds.orderId(o.orderId()));
                        g.writeStringField("orderLinkId", o.orderLinkId() == null ? "" : o.orderLinkId());
                        g.writeEndObject();
                    };
                });
    }

    static void cancelAll(Call c) {
        Fields.anyCategory(c.params(), true);
        Fields.symbol(c.params(), false);
        c.ok(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("list");
            g.writeEndArray();
            g.writeStringField("success", "1");
            g.writeEndObject();
        });
    }
}
