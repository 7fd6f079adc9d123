package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.isomargin.engine.view.BybitPositionView;

/**
 * Renders engine position views. The add-margin answer follows bybit-v5.md §2.2 field for field; list rows
 * follow §4.1, with "" in every numeric field of an empty slot and seq −1 for a slot never traded.
 */
final class PositionJson {
    private PositionJson() {}

    /** The add-margin result. Inverse positionMM prints "0" as in Bybit's (classic inverse) documented example. */
    static ResultBody snapshot(BybitPositionView v) {
        return g -> {
            g.writeStartObject();
            g.writeStringField("category", v.category());
            g.writeStringField("symbol", v.symbol());
            g.writeNumberField("positionIdx", v.positionIdx());
            g.writeNumberField("riskId", v.riskId());
            g.writeStringField("riskLimitValue", Wire.plain(v.riskLimitValue()));
            g.writeStringField("size", Wire.plain(v.size()));
            g.writeStringField("positionValue", Wire.coin(v.positionValue(), v.inverse()));
            g.writeStringField("avgPrice", Wire.plain(v.avgPrice()));
            g.writeStringField("liqPrice", Wire.price(v.liqPrice(), v.priceScale()));
            g.writeStringField("bustPrice", Wire.price(v.bustPrice(), v.priceScale()));
            g.writeStringField("markPrice", Wire.price(v.markPrice(), v.priceScale()));
            g.writeStringField("leverage", Wire.plain(v.leverage()));
            g.writeNumberField("autoAddMargin", v.autoAddMargin() ? 1 : 0);
            g.writeStringField("positionStatus", v.positionStatus());
            g.writeStringField("positionIM", Wire.margin(v.positionIM()));
            g.writeStringField("positionMM", v.inverse() ? "0" : Wire.margin(v.positionMM()));
            g.writeStringField("unrealisedPnl", Wire.coin(v.unrealisedPnl(), v.inverse()));
            g.writeStringField("cumRealisedPnl", Wire.coin(v.cumRealisedPnl(), v.inverse()));
            String none = Wire.price(BigDecimal.ZERO, v.priceScale());
            g.writeStringField("stopLoss", none);
            g.writeStringField("takeProfit", none);
            g.writeStringField("trailingStop", none);
            g.writeStringField("createdTime", Long.toString(v.createdTime()));
            g.writeStringField("updatedTime", Long.toString(v.updatedTime()));
            g.writeEndObject();
        };
    }

    /**
     * One /v5/position/list row. tradeMode keeps its pre-2025 meaning (1 isolated, 0 cross) because ccxt derives
     * the margin mode from it; seq is the slot's last update time (−1 when never traded).
     */
    static void row(JsonGenerator g, BybitPositionView v) throws IOException {
        boolean open = v.size().signum() > 0;
        boolean inv = v.inverse();
        int ps = v.priceScale();
        g.writeStartObject();
        g.writeNumberField("positionIdx", v.positionIdx());
        g.writeNumberField("riskId", v.riskId());
        g.writeStringField("riskLimitValue", Wire.plain(v.riskLimitValue()));
        g.writeStringField("symbol", v.symbol());
        g.writeStringField("side", v.side());
        g.writeStringField("size", Wire.plain(v.size()));
        g.writeStringField("avgPrice", open ? Wire.plain(v.avgPrice()) : "");
        g.writeStringField("positionValue", open ? Wire.coin(v.positionValue(), inv) : "");
        g.writeNumberField("tradeMode", v.isolated() ? 1 : 0);
        g.writeNumberField("autoAddMargin", v.autoAddMargin() ? 1 : 0);
        g.writeStringField("positionStatus", v.positionStatus());
        g.writeStringField("leverage", Wire.plain(v.leverage()));
        g.writeStringField("markPrice", Wire.price(v.markPrice(), ps));
        g.writeStringField("liqPrice", open ? Wire.price(v.liqPrice(), ps) : "");
        g.writeStringField("bustPrice", open ? Wire.price(v.bustPrice(), ps) : "");
        String im = open ? Wire.margin(v.positionIM()) : "";
        String mm = open ? Wire.margin(v.positionMM()) : "";
        g.writeStringField("positionIM", im);
        g.writeStringField("positionIMByMp", im);
        g.writeStringField("positionMM", mm);
        g.writeStringField("positionMMByMp", mm);
        g.writeStringField("positionBalance", im);
        String none = Wire.price(BigDecimal.ZERO, ps);
        g.writeStringField("takeProfit", none);
        g.writeStringField("stopLoss", none);
        g.writeStringField("trailingStop", none);
        g.writeStringField("sessionAvgPrice", "");
        g.writeStringField("delta", "");
        g.writeStringField("gamma", "");
        g.writeStringField("vega", "");
        g.writeStringField("theta", "");
        g.writeStringField("unrealisedPnl", open ? Wire.coin(v.unrealisedPnl(), inv) : "");
        g.writeStringField("curRealisedPnl", open ? Wire.coin(v.curRealisedPnl(), inv) : "");
        g.writeStringField("cumRealisedPnl", Wire.coin(v.cumRealisedPnl(), inv));
        g.writeNumberField("adlRankIndicator", open ? 1 : 0);
        g.writeStringField("createdTime", Wire.millis(v.createdTime()));
        g.writeStringField("updatedTime", Wire.millis(v.updatedTime()));
        g.writeNumberField("seq", v.updatedTime() > 0 ? v.updatedTime() : -1);
        g.writeBooleanField("isReduceOnly", false);
        g.writeStringField("mmrSysUpdatedTime", "");
        g.writeStringField("leverageSysUpdatedTime", "");
        g.writeStringField("tpslMode", "Full");
        g.writeStringField("breakEvenPrice", "");
        g.writeNumberField("openTime", 0);
        g.writeEndObject();
    }
}
