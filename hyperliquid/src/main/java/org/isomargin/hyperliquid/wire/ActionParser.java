package org.isomargin.hyperliquid.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps the {@code action} JSON object onto the typed records, dispatching on its {@code type} tag. */
final class ActionParser {

    private static final String VARIANTS = "`updateIsolatedMargin`, `topUpIsolatedOnlyMargin`, `updateLeverage`, "
            + "`order`, `cancel`, `noop`, `approveAgent`";

    private ActionParser() {
    }

    static ExchangeAction parse(JsonNode node, String path) throws WireFormatException {
        JsonFields f = JsonFields.of(node, path, "internally tagged enum Action");
        String type = f.string("type");
        switch (type) {
            case UpdateIsolatedMargin.TYPE:
                return new UpdateIsolatedMargin(f.u32("asset"), f.bool("isBuy"), f.i64("ntli"));
            case TopUpIsolatedOnlyMargin.TYPE:
                return new TopUpIsolatedOnlyMargin(f.u32("asset"), f.decimal("leverage"));
            case UpdateLeverage.TYPE:
                return new UpdateLeverage(f.u32("asset"), f.bool("isCross"), f.u32("leverage"));
            case Order.TYPE:
                return order(f);
            case Cancel.TYPE:
                return cancel(f);
            case Noop.TYPE:
                return new Noop();
            case ApproveAgent.TYPE:
                return new ApproveAgent(f.string("hyperliquidChain"), hexText(f, "signatureChainId"),
                        f.address("agentAddress"), f.optionalString("agentName"), f.u64("nonce"));
            default:
                throw JsonFields.error(path, "unknown variant `" + type + "`, expected one of " + VARIANTS);
        }
    }

    private static Order order(JsonFields f) throws WireFormatException {
        JsonNode array = f.array("orders");
        List<OrderRequest> orders = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            orders.add(orderRequest(JsonFields.of(array.get(i), f.pathOf("orders") + "[" + i + "]", "struct OrderRequest")));
        }
        String groupingText = f.string("grouping");
        Grouping grouping = Grouping.fromWire(groupingText);
        if (grouping == null) {
            throw f.fieldError("grouping", "unknown variant `" + groupingText
                    + "`, expected one of `na`, `normalTpsl`, `positionTpsl`");
        }
        BuilderFee builder = null;
        if (f.optional("builder") != null) {
            JsonFields b = f.object("builder", "struct BuilderInfo");
            builder = new BuilderFee(b.address("b"), b.u64("f"));
        }
        return new Order(orders, grouping, builder);
    }

    private static OrderRequest orderRequest(JsonFields o) throws WireFormatException {
        String cloid = o.optionalString("c");
        if (cloid != null) {
            try {
                cloid = Hex.normalizeFixed(cloid, 16, "cloid");
            } catch (IllegalArgumentException e) {
                throw o.fieldError("c", "invalid value: string \"" + cloid + "\", expected a 16-byte hex cloid");
            }
        }
        return new OrderRequest(o.u32("a"), o.bool("b"), o.decimal("p"), o.decimal("s"), o.bool("r"),
                orderType(o.object("t", "enum OrderType")), cloid);
    }

    private static OrderType orderType(JsonFields t) throws WireFormatException {
        boolean limit = t.optional("limit") != null;
        boolean trigger = t.optional("trigger") != null;
        if (limit == trigger) {
            throw JsonFields.error(t.path(), "expected exactly one of `limit`, `trigger`");
        }
        if (limit) {
            JsonFields l = t.object("limit", "struct Limit");
            String tifText = l.string("tif");
            Tif tif = Tif.fromWire(tifText);
            if (tif == null) {
                throw l.fieldError("tif", "unknown variant `" + tifText
                        + "`, expected one of `Alo`, `Ioc`, `Gtc`, `FrontendMarket`, `LiquidationMarket`");
            }
            return new OrderType.Limit(tif);
        }
        JsonFields tr = t.object("trigger", "struct Trigger");
        String tpslText = tr.string("tpsl");
        Tpsl tpsl = Tpsl.fromWire(tpslText);
        if (tpsl == null) {
            throw tr.fieldError("tpsl", "unknown variant `" + tpslText + "`, expected `tp` or `sl`");
        }
        return new OrderType.Trigger(tr.bool("isMarket"), tr.decimal("triggerPx"), tpsl);
    }

    private static Cancel cancel(JsonFields f) throws WireFormatException {
        JsonNode array = f.array("cancels");
        List<CancelRequest> cancels = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonFields c = JsonFields.of(array.get(i), f.pathOf("cancels") + "[" + i + "]", "struct CancelRequest");
            cancels.add(new CancelRequest(c.u32("a"), c.u64("o")));
        }
        return new Cancel(cancels);
    }

    /** Validates a hex-integer field but keeps the text as sent (only its value is ever signed). */
    private static String hexText(JsonFields f, String field) throws WireFormatException {
        f.hexInteger(field);
        return f.string(field);
    }
}
