package org.isomargin.bybit.http;

import static org.isomargin.engine.result.ResultCode.UNKNOWN_ACCOUNT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.OrderRecord;
import org.isomargin.engine.market.BybitMarket;
import org.isomargin.engine.result.Result;
import org.isomargin.engine.state.EngineState;

/** Order and execution history reads (newest first), run on the engine thread. */
final class OrderQueries {
    /** Filters shared by order and execution queries; null means "any". */
    record Filter(String category, String symbol, String settleCoin, String orderId, String orderLinkId, Long startTime,
                  Long endTime) {

        boolean matches(BybitMarket m, long orderId, String linkId, long time) {
            if (m == null || !m.category().wire().equals(category)) return false;
            if (symbol != null && !symbol.equals(m.symbol())) return false;
            if (settleCoin != null && !settleCoin.equals(m.settleCoin())) return false;
            if (this.orderId != null && !this.orderId.equals(WireIds.orderId(orderId))) return false;
            if (orderLinkId != null && !orderLinkId.equals(linkId)) return false;
            if (startTime != null && time < startTime) return false;
            return endTime == null || time <= endTime;
        }
    }

    private OrderQueries() {}

    static Result orders(Engine e, long uid, Filter f) {
        EngineState st = e.state();
        Account a = st.account(uid);
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        List<OrderRow> out = new ArrayList<>();
        for (OrderRecord o : a.orders.newestFirst()) {
            BybitMarket m = st.bybitMarket(o.symbol());
            if (f.matches(m, o.orderId(), o.orderLinkId(), o.createdTime()))
                out.add(new OrderRow(o, m.category().wire(), m.priceScale(), m.qtyScale(), m.inverse()));
        }
        return Result.ok(List.copyOf(out));
    }

    static Result executions(Engine e, long uid, Filter f, String execType) {
        EngineState st = e.state();
        Account a = st.account(uid);
        if (a == null) return Result.fail(UNKNOWN_ACCOUNT);
        Map<Long, OrderRecord> byId = new HashMap<>();
        for (OrderRecord o : a.orders.items()) byId.put(o.orderId(), o);
        List<ExecutionRow> out = new ArrayList<>();
        for (Execution x : a.executions.newestFirst()) {
            BybitMarket m = st.bybitMarket(x.symbol());
            if (!f.matches(m, x.orderId(), x.orderLinkId(), x.time())) continue;
            if (execType != null && !execType.equals(OrderJson.execType(x))) continue;
            out.add(new ExecutionRow(x, byId.get(x.orderId()), st.mark(m.symbol()), m.priceScale(), m.qtyScale(), m.inverse()));
        }
        return Result.ok(List.copyOf(out));
    }
}
