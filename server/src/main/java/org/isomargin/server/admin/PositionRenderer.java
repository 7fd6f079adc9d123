package org.isomargin.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.isomargin.engine.view.BybitPositionView;
import org.isomargin.engine.view.HlPositionView;

/** Renders positions for the operator API with the same figures and formats the dialects show. */
public interface PositionRenderer {
    /** The fields of Bybit's add-margin response. */
    JsonNode bybit(BybitPositionView v);

    /** A Hyperliquid assetPositions[].position object. */
    JsonNode hyperliquid(HlPositionView v);
}
