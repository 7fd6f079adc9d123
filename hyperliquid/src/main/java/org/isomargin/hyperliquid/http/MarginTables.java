package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isomargin.engine.market.MarginTier;

/**
 * meta.marginTables and each asset's marginTableId. As on the venue (hyperliquid.md §4.2), a single-tier table's id is
 * its max leverage; multi-tier tables, which the engine does not name, get ids from {@link #FIRST_TIERED_ID} upward.
 */
final class MarginTables {

    static final int FIRST_TIERED_ID = 1000;

    private final TreeMap<Integer, List<MarginTier>> byId = new TreeMap<>();

    /** Registers a tier list (idempotent) and returns its id. */
    int idOf(List<MarginTier> tiers) {
        if (tiers.size() == 1) {
            int id = tiers.get(0).maxLeverage();
            byId.putIfAbsent(id, tiers);
            return id;
        }
        for (Map.Entry<Integer, List<MarginTier>> e : byId.tailMap(FIRST_TIERED_ID).entrySet()) {
            if (sameTiers(e.getValue(), tiers)) {
                return e.getKey();
            }
        }
        int id = byId.isEmpty() || byId.lastKey() < FIRST_TIERED_ID ? FIRST_TIERED_ID : byId.lastKey() + 1;
        byId.put(id, tiers);
        return id;
    }

    /** {@code [[id, {"description", "marginTiers":[{"lowerBound","maxLeverage"}]}], …]} in id order. */
    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("marginTables");
        for (Map.Entry<Integer, List<MarginTier>> e : byId.entrySet()) {
            List<MarginTier> tiers = e.getValue();
            g.writeStartArray();
            g.writeNumber(e.getKey());
            g.writeStartObject();
            g.writeStringField("description", tiers.size() == 1 ? "" : "tiered " + tiers.get(0).maxLeverage() + "x");
            g.writeArrayFieldStart("marginTiers");
            for (MarginTier t : tiers) {
                g.writeStartObject();
                g.writeStringField("lowerBound", HlDecimal.of(t.lowerBound()));
                g.writeNumberField("maxLeverage", t.maxLeverage());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static boolean sameTiers(List<MarginTier> a, List<MarginTier> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).maxLeverage() != b.get(i).maxLeverage()
                    || a.get(i).lowerBound().compareTo(b.get(i).lowerBound()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The one-tier table unused asset slots point at. */
    static List<MarginTier> placeholder() {
        return List.of(new MarginTier(BigDecimal.ZERO, 1));
    }
}
