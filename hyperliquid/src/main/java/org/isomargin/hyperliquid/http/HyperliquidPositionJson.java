package org.isomargin.hyperliquid.http;

import org.isomargin.engine.view.HlPositionView;

/** One assetPositions[].position object exactly as clearinghouseState shows it; the operator API reuses it. */
public final class HyperliquidPositionJson {
    private HyperliquidPositionJson() {}

    public static byte[] bytes(HlPositionView v) {
        return JsonBytes.of(g -> ClearinghouseJson.position(g, v));
    }
}
