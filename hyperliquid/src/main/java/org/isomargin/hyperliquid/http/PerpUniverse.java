package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isomargin.engine.market.HlMarginMode;
import org.isomargin.engine.market.HyperliquidMarket;
import org.isomargin.engine.state.EngineState;

/**
 * meta.universe: every Hyperliquid market at the array index equal to its asset id, because ccxt and PY take the
 * index as the asset (CLIENTS.md §4.3). An unused index in between is filled with a delisted placeholder
 * {@code UNUSED<i>} so later ids stay aligned.
 */
final class PerpUniverse {

    private final List<HyperliquidMarket> slots;

    private PerpUniverse(List<HyperliquidMarket> slots) {
        this.slots = slots;
    }

    /** Engine thread only. */
    static PerpUniverse of(EngineState st) {
        int size = 0;
        for (Integer asset : st.hlByAsset.keySet()) {
            size = Math.max(size, asset + 1);
        }
        List<HyperliquidMarket> slots = new ArrayList<>(Collections.nCopies(size, null));
        st.hlByAsset.forEach((asset, market) -> slots.set(asset, market));
        return new PerpUniverse(slots);
    }

    /** Markets by asset id; null marks an unused id. */
    List<HyperliquidMarket> slots() {
        return slots;
    }

    /** The first real market, whose fees stand for the venue's schedule; null when there is none. */
    HyperliquidMarket first() {
        for (HyperliquidMarket m : slots) {
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The meta object: {@code {"universe":[…],"marginTables":[…],"collateralToken":0}}. */
    void writeMeta(JsonGenerator g) throws IOException {
        MarginTables tables = new MarginTables();
        g.writeStartObject();
        g.writeArrayFieldStart("universe");
        for (int i = 0; i < slots.size(); i++) {
            HyperliquidMarket m = slots.get(i);
            g.writeStartObject();
            if (m == null) {
                g.writeStringField("name", "UNUSED" + i);
                g.writeNumberField("szDecimals", 0);
                g.writeNumberField("maxLeverage", 1);
                g.writeNumberField("marginTableId", tables.idOf(MarginTables.placeholder()));
                g.writeBooleanField("isDelisted", true);
            } else {
                g.writeStringField("name", m.symbol());
                g.writeNumberField("szDecimals", m.szDecimals());
                g.writeNumberField("maxLeverage", m.maxLeverage());
                g.writeNumberField("marginTableId", tables.idOf(m.marginTiers()));
                if (m.marginMode() != HlMarginMode.NORMAL) {
                    g.writeBooleanField("onlyIsolated", true); // deprecated flag, still read by older clients
                    g.writeStringField("marginMode", m.marginMode().wire());
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        tables.write(g);
        g.writeNumberField("collateralToken", 0);
        g.writeEndObject();
    }
}
