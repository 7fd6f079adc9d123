package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.isomargin.engine.history.Execution;
import org.isomargin.engine.history.OrderRecord;

/**
 * Order and execution rows (Bybit "Get Open &amp; Closed Orders", "Get Trade History"). Orders never rest here,
 * so every order is final: Filled, nothing left. Fields for features the engine lacks (TP/SL, triggers, SMP,
 * options) carry their documented empty values.
 */
final class OrderJson {
    private OrderJson() {}

    static String side(int side) { return side > 0 ? "Buy" : "Sell"; }

    /** Liquidation closes are Bybit "BustTrade" executions; everything else is a "Trade". */
    static String execType(Execution x) { return x.kind() == Execution.Kind.LIQUIDATION ? "BustTrade" : "Trade"; }

    /** Value of qty at price in the settle coin: linear qty×price, inverse qty/price at 8 dp. */
    static String value(BigDecimal qty, BigDecimal price, boolean inverse) {
        if (qty == null || price == null || price.signum() == 0) return "0";
        return inverse ? qty.divide(price, Wire.MARGIN_SCALE, RoundingMode.HALF_UP).toPlainString()
                : Wire.plain(qty.multiply(price));
    }

    static void order(JsonGenerator g, OrderRow row) throws IOException {
        OrderRecord o = row.order();
        int ps = row.priceScale();
        g.writeStartObject();
        g.writeStringField("orderId", WireIds.orderId(o.orderId()));
        g.writeStringField("orderLinkId", o.orderLinkId() == null ? "" : o.orderLinkId());
        g.writeStringField("blockTradeId", "");
        g.writeStringField("symbol", o.symbol());
        g.writeStringField("price", o.price() == null ? "0" : Wire.price(o.price(), ps));
        g.writeStringField("qty", Wire.qty(o.qty(), row.qtyScale()));
        g.writeStringField("side", side(o.side()));
        g.writeStringField("isLeverage", "");
        g.writeNumberField("positionIdx", o.positionIdx());
        g.writeStringField("orderStatus", o.status());
        g.writeStringField("createType", "CreateByUser");
        g.writeStringField("cancelType", "UNKNOWN");
        g.writeStringField("rejectReason", "EC_NoError");
        g.writeStringField("avgPrice", Wire.price(o.avgPrice(), ps));
        g.writeStringField("leavesQty", "0");
        g.writeStringField("leavesValue", "0");
        g.writeStringField("cumExecQty", Wire.qty(o.cumExecQty(), row.qtyScale()));
        g.writeStringField("cumExecValue", value(o.cumExecQty(), o.avgPrice(), row.inverse()));
        g.writeStringField("cumExecFee", Wire.plain(o.cumExecFee()));
        g.writeStringField("timeInForce", o.timeInForce());
        g.writeStringField("orderType", o.orderType());
        g.writeStringField("stopOrderType", "");
        g.writeStringField("orderIv", "");
        g.writeStringField("marketUnit", "");
        g.writeStringField("triggerPrice", "");
        g.writeStringField("takeProfit", "");
        g.writeStringField("stopLoss", "");
        g.writeStringField("tpslMode", "");
        g.writeStringField("ocoTriggerBy", "");
        g.writeStringField("tpLimitPrice", "");
        g.writeStringField("slLimitPrice", "");
        g.writeStringField("tpTriggerBy", "");
        g.writeStringField("slTriggerBy", "");
        g.writeNumberField("triggerDirection", 0);
        g.writeStringField("triggerBy", "");
        g.writeStringField("lastPriceOnCreated", "");
        g.writeStringField("basePrice", "");
        g.writeBooleanField("reduceOnly", o.reduceOnly());
        g.writeBooleanField("closeOnTrigger", false);
        g.writeStringField("placeType", "");
        g.writeStringField("smpType", "None");
        g.writeNumberField("smpGroup", 0);
        g.writeStringField("smpOrderId", "");
        g.writeStringField("createdTime", Long.toString(o.createdTime()));
        g.writeStringField("updatedTime", Long.toString(o.createdTime()));
        g.writeEndObject();
    }

    static void execution(JsonGenerator g, ExecutionRow row) throws IOException {
        Execution x = row.execution();
        OrderRecord o = row.order();
        int ps = row.priceScale();
        g.writeStartObject();
        g.writeStringField("symbol", x.symbol());
        g.writeStringField("orderId", WireIds.orderId(x.orderId()));
        g.writeStringField("orderLinkId", x.orderLinkId() == null ? "" : x.orderLinkId());
        g.writeStringField("side", side(x.side()));
        g.writeStringField("orderPrice", row.orderPrice());
        g.writeStringField("orderQty", Wire.qty(o == null ? x.qty() : o.qty(), row.qtyScale()));
        g.writeStringField("leavesQty", "0");
        g.writeStringField("createType", x.kind() == Execution.Kind.LIQUIDATION ? "CreateByLiq" : "CreateByUser");
        g.writeStringField("orderType", o == null ? "Market" : o.orderType());
        g.writeStringField("stopOrderType", "");
        g.writeStringField("execFee", Wire.plain(x.fee()));
        g.writeStringField("execId", WireIds.execId(x.execId()));
        g.writeStringField("execPrice", Wire.price(x.price(), ps));
        g.writeStringField("execQty", Wire.qty(x.qty(), row.qtyScale()));
        g.writeStringField("execType", execType(x));
        g.writeStringField("execValue", value(x.qty(), x.price(), row.inverse()));
        g.writeStringField("execTime", Long.toString(x.time()));
        g.writeStringField("feeCurrency", "");
        g.writeBooleanField("isMaker", false);
        g.writeStringField("feeRate", Wire.plain(x.feeRate()));
        g.writeStringField("tradeIv", "");
        g.writeStringField("markIv", "");
        g.writeStringField("markPrice", Wire.price(row.markPrice(), ps));
        g.writeStringField("indexPrice", Wire.price(row.markPrice(), ps));
        g.writeStringField("underlyingPrice", "");
        g.writeStringField("blockTradeId", "");
        g.writeStringField("closedSize", Wire.qty(x.closedSize(), row.qtyScale()));
        g.writeNumberField("seq", x.execId());
        g.writeStringField("extraFees", "");
        g.writeEndObject();
    }
}
