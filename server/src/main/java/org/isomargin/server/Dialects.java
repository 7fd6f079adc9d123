package org.isomargin.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.isomargin.bybit.http.BybitDialect;
import org.isomargin.bybit.http.BybitPositionJson;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.hyperliquid.http.HyperliquidDialect;
import org.isomargin.hyperliquid.http.HyperliquidPositionJson;
import org.isomargin.hyperliquid.signing.Network;
import org.isomargin.engine.view.BybitPositionView;
import org.isomargin.engine.view.HlPositionView;
import org.isomargin.server.admin.Json;
import org.isomargin.server.admin.PositionRenderer;
import org.isomargin.server.http.DialectHandler;

/** Builds the two public dialects and the operator position renderer from the dialect modules. */
final class Dialects {
    private Dialects() {}

    static DialectHandler bybit(EngineGateway gw) {
        BybitDialect d = new BybitDialect(gw);
        return d::handle;
    }

    static DialectHandler hyperliquid(EngineGateway gw, boolean mainnet) {
        HyperliquidDialect d = new HyperliquidDialect(gw, mainnet ? Network.MAINNET : Network.TESTNET);
        return d::handle;
    }

    private static JsonNode parse(byte[] json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static PositionRenderer positionRenderer() {
        return new PositionRenderer() {
            @Override
            public JsonNode bybit(BybitPositionView v) {
                return parse(BybitPositionJson.bytes(v));
            }

            @Override
            public JsonNode hyperliquid(HlPositionView v) {
                return parse(HyperliquidPositionJson.bytes(v));
            }
        };
    }
}
