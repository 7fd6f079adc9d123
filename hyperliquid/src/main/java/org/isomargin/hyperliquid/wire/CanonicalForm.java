package org.isomargin.hyperliquid.wire;

import java.io.IOException;

/**
 * The canonical field order of every action (hyperliquid.md §1.3, PY/RS SDK declaration order): {@code type}
 * first, then the fields as declared; absent optionals ({@code c}, {@code builder}) are left out, never null.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static void write(ExchangeAction action, CanonicalWriter w) throws IOException {
        if (action instanceof UpdateIsolatedMargin a) {
            header(w, 4, a);
            w.key("asset");
            w.integer(a.asset());
            w.key("isBuy");
            w.bool(a.isBuy());
            w.key("ntli");
            w.integer(a.ntli());
            w.endMap();
        } else if (action instanceof TopUpIsolatedOnlyMargin a) {
            header(w, 3, a);
            w.key("asset");
            w.integer(a.asset());
            w.key("leverage");
            w.string(a.leverage());
            w.endMap();
        } else if (action instanceof UpdateLeverage a) {
            header(w, 4, a);
            w.key("asset");
            w.integer(a.asset());
            w.key("isCross");
            w.bool(a.isCross());
            w.key("leverage");
            w.integer(a.leverage());
            w.endMap();
        } else if (action instanceof Order a) {
            writeOrder(a, w);
        } else if (action instanceof Cancel a) {
            header(w, 2, a);
            w.key("cancels");
            w.beginArray(a.cancels().size());
            for (CancelRequest c : a.cancels()) {
                w.beginMap(2);
                w.key("a");
                w.integer(c.asset());
                w.key("o");
                w.integer(c.oid());
                w.endMap();
            }
            w.endArray();
            w.endMap();
        } else if (action instanceof Noop a) {
            header(w, 1, a);
            w.endMap();
        } else if (action instanceof ApproveAgent a) {
            header(w, 6, a);
            w.key("hyperliquidChain");
            w.string(a.hyperliquidChain());
            w.key("signatureChainId");
            w.string(a.signatureChainId());
            w.key("agentAddress");
            w.string(a.agentAddress());
            w.key("agentName");
            w.string(a.agentName());
            w.key("nonce");
            w.integer(a.nonce());
            w.endMap();
        } else {
            throw new IllegalStateException("unhandled action " + action); // unreachable: the hierarchy is sealed
        }
    }

    private static void header(CanonicalWriter w, int size, ExchangeAction action) throws IOException {
        w.beginMap(size);
        w.key("type");
        w.string(action.type());
    }

    private static void writeOrder(Order order, CanonicalWriter w) throws IOException {
        header(w, order.builder() == null ? 3 : 4, order);
        w.key("orders");
        w.beginArray(order.orders().size());
        for (OrderRequest o : order.orders()) {
            writeOrderRequest(o, w);
        }
        w.endArray();
        w.key("grouping");
        w.string(order.grouping().wire());
        if (order.builder() != null) {
            w.key("builder");
            w.beginMap(2);
            w.key("b");
            w.string(order.builder().address());
            w.key("f");
            w.integer(order.builder().fee());
            w.endMap();
        }
        w.endMap();
    }

    private static void writeOrderRequest(OrderRequest o, CanonicalWriter w) throws IOException {
        w.beginMap(o.cloid() == null ? 6 : 7);
        w.key("a");
        w.integer(o.asset());
        w.key("b");
        w.bool(o.isBuy());
        w.key("p");
        w.string(o.price());
        w.key("s");
        w.string(o.size());
        w.key("r");
        w.bool(o.reduceOnly());
        w.key("t");
        w.beginMap(1);
        if (o.orderType() instanceof OrderType.Limit limit) {
            w.key("limit");
            w.beginMap(1);
            w.key("tif");
            w.string(limit.tif().wire());
        } else {
            OrderType.Trigger trigger = (OrderType.Trigger) o.orderType();
            w.key("trigger");
            w.beginMap(3);
            w.key("isMarket");
            w.bool(trigger.isMarket());
            w.key("triggerPx");
            w.string(trigger.triggerPx());
            w.key("tpsl");
            w.string(trigger.tpsl().wire());
        }
        w.endMap();
        w.endMap();
        if (o.cloid() != null) {
            w.key("c");
            w.string(o.cloid());
        }
        w.endMap();
    }
}
