package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.isomargin.engine.Engine;
import org.isomargin.engine.account.Account;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.position.HlPosition;
import org.isomargin.engine.state.EngineState;

/**
 * {@code meta}, {@code metaAndAssetCtxs} and {@code allMids}, built on the engine thread. There is no order book and
 * no funding: mark, oracle, mid, impact and previous-day prices all show the mark; funding, premium and volumes are 0.
 */
final class MarketJson {

    private MarketJson() {
    }

    static byte[] meta(Engine engine) {
        PerpUniverse universe = PerpUniverse.of(engine.state());
        return JsonBytes.of(universe::writeMeta);
    }

    static byte[] metaAndAssetCtxs(Engine engine) {
        EngineState st = engine.state();
        PerpUniverse universe = PerpUniverse.of(st);
        Map<String, BigDecimal> openInterest = openInterest(st);
        return JsonBytes.of(g -> {
            g.writeStartArray();
            universe.writeMeta(g);
            g.writeStartArray();
            for (HyperliquidMarket m : universe.slots()) {
                writeCtx(g, m == null ? null : st.mark(m.symbol()),
                        m == null ? BigDecimal.ZERO : openInterest.getOrDefault(m.symbol(), BigDecimal.ZERO));
            }
            g.writeEndArray();
            g.writeEndArray();
        });
    }

    /** {@code {coin: mark}} for every market that has a mark. */
    static byte[] allMids(Engine engine) {
        EngineState st = engine.state();
        PerpUniverse universe = PerpUniverse.of(st);
        return JsonBytes.of(g -> {
            g.writeStartObject();
            for (HyperliquidMarket m : universe.slots()) {
                BigDecimal mark = m == null ? null : st.mark(m.symbol());
                if (mark != null) {
                    g.writeStringField(m.symbol(), HlDecimal.of(mark));
                }
            }
            g.writeEndObject();
        });
    }

    /** The venue's field order; without a mark, prices read "0.0" and midPx/impactPxs null (an empty book). */
    private static void writeCtx(JsonGenerator g, BigDecimal mark, BigDecimal openInterest) throws IOException {
        String px = mark == null ? "0.0" : HlDecimal.of(mark);
        g.writeStartObject();
        g.writeStringField("funding", "0.0");
        g.writeStringField("openInterest", HlDecimal.of(openInterest));
        g.writeStringField("prevDayPx", px);
        g.writeStringField("dayNtlVlm", "0.0");
        g.writeStringField("premium", "0.0");
        g.writeStringField("oraclePx", px);
        g.writeStringField("markPx", px);
        if (mark == null) {
            g.writeNullField("midPx");
            g.writeNullField("impactPxs");
        } else {
            g.writeStringField("midPx", px);
            g.writeArrayFieldStart("impactPxs");
            g.writeString(px);
            g.writeString(px);
            g.writeEndArray();
        }
        g.writeStringField("dayBaseVlm", "0.0");
        g.writeEndObject();
    }

    /** Σ|szi| of the open positions per coin: with no counterparties, every position counts once. */
    private static Map<String, BigDecimal> openInterest(EngineState st) {
        Map<String, BigDecimal> oi = new HashMap<>();
        for (Account a : st.accounts.values()) {
            for (HlPosition p : a.hlPositions.values()) {
                if (p.isOpen()) {
                    oi.merge(p.symbol, p.szi.abs(), BigDecimal::add);
                }
            }
        }
        return oi;
    }
}
