package org.isomargin.hyperliquid.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.isomargin.engine.command.HlActionBody;
import org.isomargin.hyperliquid.wire.ApproveAgent;
import org.isomargin.hyperliquid.wire.Cancel;
import org.isomargin.hyperliquid.wire.CancelRequest;
import org.isomargin.hyperliquid.wire.ExchangeAction;
import org.isomargin.hyperliquid.wire.Noop;
import org.isomargin.hyperliquid.wire.Order;
import org.isomargin.hyperliquid.wire.OrderRequest;
import org.isomargin.hyperliquid.wire.OrderType;
import org.isomargin.hyperliquid.wire.Tif;
import org.isomargin.hyperliquid.wire.TopUpIsolatedOnlyMargin;
import org.isomargin.hyperliquid.wire.UpdateIsolatedMargin;
import org.isomargin.hyperliquid.wire.UpdateLeverage;

/** Translates parsed wire actions into the engine's action bodies; no margin logic here, only renaming. */
final class ActionBodies {

    private ActionBodies() {
    }

    static HlActionBody of(ExchangeAction action) {
        if (action instanceof UpdateIsolatedMargin a) {
            return new HlActionBody.UpdateIsolatedMargin(a.asset(), a.isBuy(), a.ntli());
        } else if (action instanceof TopUpIsolatedOnlyMargin a) {
            return new HlActionBody.TopUpIsolatedOnlyMargin(a.asset(), new BigDecimal(a.leverage()));
        } else if (action instanceof UpdateLeverage a) {
            return new HlActionBody.UpdateLeverage(a.asset(), a.isCross(), a.leverage());
        } else if (action instanceof Order a) {
            return order(a);
        } else if (action instanceof Cancel a) {
            List<HlActionBody.CancelRequest> cancels = new ArrayList<>(a.cancels().size());
            for (CancelRequest c : a.cancels()) {
                cancels.add(new HlActionBody.CancelRequest(c.asset(), c.oid()));
            }
            return new HlActionBody.Cancel(cancels);
        } else if (action instanceof Noop) {
            return new HlActionBody.Noop();
        } else if (action instanceof ApproveAgent a) {
            return new HlActionBody.ApproveAgent(a.agentAddress(), a.agentName());
        }
        throw new IllegalStateException("unmapped action " + action.type()); // unreachable: the hierarchy is sealed
    }

    /** The builder fee (ccxt attaches one) is part of the signature only: Isomargin charges no builder fees. */
    private static HlActionBody.Order order(Order order) {
        List<HlActionBody.OrderRequest> orders = new ArrayList<>(order.orders().size());
        for (OrderRequest o : order.orders()) {
            boolean trigger = o.orderType() instanceof OrderType.Trigger;
            String tif = trigger ? null : tif(((OrderType.Limit) o.orderType()).tif());
            orders.add(new HlActionBody.OrderRequest(o.asset(), o.isBuy(), new BigDecimal(o.price()),
                    new BigDecimal(o.size()), o.reduceOnly(), tif, trigger, o.cloid()));
        }
        return new HlActionBody.Order(orders, order.grouping().wire());
    }

    /** FrontendMarket and LiquidationMarket are immediate-or-cancel on the venue, so they reach the engine as Ioc. */
    static String tif(Tif tif) {
        switch (tif) {
            case GTC:
                return "Gtc";
            case ALO:
                return "Alo";
            default:
                return "Ioc";
        }
    }
}
