package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.isomargin.engine.view.HlPositionView;

/**
 * Renders {@link Clearinghouse} with the live field order of hyperliquid.md §4.3: root {@code marginSummary,
 * crossMarginSummary, crossMaintenanceMarginUsed, withdrawable, assetPositions, time}; USDC amounts at ≤ 6 dp.
 */
final class ClearinghouseJson {

    private ClearinghouseJson() {
    }

    static void write(JsonGenerator g, Clearinghouse c, long time) throws IOException {
        g.writeStartObject();
        summary(g, "marginSummary", c.margin());
        summary(g, "crossMarginSummary", c.cross());
        g.writeStringField("crossMaintenanceMarginUsed", HlDecimal.usdc(c.crossMaintenanceMarginUsed()));
        g.writeStringField("withdrawable", HlDecimal.usdc(c.withdrawable()));
        g.writeArrayFieldStart("assetPositions");
        for (HlPositionView v : c.positions()) {
            g.writeStartObject();
            g.writeStringField("type", "oneWay");
            g.writeFieldName("position");
            position(g, v);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("time", time);
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, String name, MarginSummary s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("accountValue", HlDecimal.usdc(s.accountValue()));
        g.writeStringField("totalNtlPos", HlDecimal.usdc(s.totalNtlPos()));
        g.writeStringField("totalRawUsd", HlDecimal.usdc(s.totalRawUsd()));
        g.writeStringField("totalMarginUsed", HlDecimal.usdc(s.totalMarginUsed()));
        g.writeEndObject();
    }

    /** Funding is not modelled, so cumFunding is all zeros. */
    static void position(JsonGenerator g, HlPositionView v) throws IOException {
        g.writeStartObject();
        g.writeStringField("coin", v.coin());
        g.writeStringField("szi", HlDecimal.of(v.szi()));
        g.writeObjectFieldStart("leverage");
        g.writeStringField("type", v.cross() ? "cross" : "isolated");
        g.writeNumberField("value", v.leverage());
        if (!v.cross()) {
            g.writeStringField("rawUsd", HlDecimal.usdc(v.rawUsd()));
        }
        g.writeEndObject();
        g.writeStringField("entryPx", HlDecimal.of(v.entryPx()));
        g.writeStringField("positionValue", HlDecimal.usdc(v.positionValue()));
        g.writeStringField("unrealizedPnl", HlDecimal.usdc(v.unrealizedPnl()));
        g.writeStringField("returnOnEquity", HlDecimal.ratio(v.returnOnEquity()));
        if (v.liquidationPx() == null) {
            g.writeNullField("liquidationPx");
        } else {
            g.writeStringField("liquidationPx", HlDecimal.of(v.liquidationPx()));
        }
        g.writeStringField("marginUsed", HlDecimal.usdc(v.marginUsed()));
        g.writeNumberField("maxLeverage", v.maxLeverage());
        g.writeObjectFieldStart("cumFunding");
        g.writeStringField("allTime", "0.0");
        g.writeStringField("sinceOpen", "0.0");
        g.writeStringField("sinceChange", "0.0");
        g.writeEndObject();
        g.writeEndObject();
    }
}
