package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isomargin.engine.view.BybitPositionView;

/**
 * Renders engine position views. The add-margin answer follows bybit-v5.md §2.2 field for field; list rows
 * follow §4.1, with "" in every numeric field of an empty slot and seq −1 for a slot never traded.
 */
final class PositionJson {
    /** Unset take-profit, stop-loss and trailing stop print "0.00" in every category, as in Bybit's examples. */
    static final String NO_TPSL = "0.00";

    private PositionJson() {}

    /** The add-margin result. Inverse positionMM prints "0" as in Bybit's (classic inverse) documented example. */
    static ResultBody snapshot(BybitPositionView v) {
        return snapshot(v, true);
    }

    /**
     * The add-margin shape. {@code documentedInverseMm}: print inverse positionMM as the add-margin example does
     * ("0"); false prints the real figure, as the list does (docs/margin-rules.md, "Inverse positionMM").
     */
    static ResultBody snapshot(BybitPositionView v, boolean documentedInverseMm) {
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
            g.writeStringField("positionMM", v.inverse() && documentedInverseMm ? "0" : Wire.margin(v.positionMM()));
            g.writeStringField("unrealisedPnl", Wire.coin(v.unrealisedPnl(), v.inverse()));
            g.writeStringField("cumRealisedPnl", Wire.coin(v.cumRealisedPnl(), v.inverse()));
            g.writeStringField("stopLoss", NO_TPSL);
            g.writeStringField("takeProfit", NO_TPSL);
            g.writeStringField("trailingStop", NO_TPSL);
            g.writeStringField("createdTime", Long.toString(v.createdTime()));
            g.writeStringField("updatedTime", Long.toString(v.updatedTime()));
            g.writeEndObject();
        };
    }

    /**
     * One /v5/position/list row, with the deprecated fields as the venue now documents them (tradeMode 0, bustPrice
     * ""); seq is the slot's last update time (−1 when never traded). positionMM is the real figure here, unlike the
     * add-margin answer's documented inverse "0" (docs/margin-rules.md, "Inverse positionMM").
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
        g.writeNumberField("tradeMode", 0); // deprecated, "always 0" (bybit-v5.md §4.1)
        g.writeNumberField("autoAddMargin", v.autoAddMargin() ? 1 : 0);
        g.writeStringField("positionStatus", v.positionStatus());
        g.writeStringField("leverage", Wire.plain(v.leverage()));
        g.writeStringField("markPrice", Wire.price(v.markPrice(), ps));
        g.writeStringField("liqPrice", open ? Wire.price(v.liqPrice(), ps) : "");
        g.writeStringField("bustPrice", ""); // deprecated in the list, "always \"\"" (bybit-v5.md §2.2 note, §4.1)
        String im = open ? Wire.margin(v.positionIM()) : "";
        String mm = open ? Wire.margin(v.positionMM()) : "";
        g.writeStringField("positionIM", im);
        g.writeStringField("positionIMByMp", im);
        g.writeStringField("positionMM", mm);
        g.writeStringField("positionMMByMp", mm);
        g.writeStringField("positionBalance", im);
        g.writeStringField("takeProfit", NO_TPSL);
        g.writeStringField("stopLoss", NO_TPSL);
        g.writeStringField("trailingStop", NO_TPSL);
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
        g.writeStringField("breakEvenPrice", BreakEvenPrice.of(v));
        g.writeNumberField("openTime", 0);
        g.writeEndObject();
    }
}
