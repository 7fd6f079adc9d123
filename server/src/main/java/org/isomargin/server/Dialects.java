package org.isomargin.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Vertx;
import org.isomargin.engine.gateway.EngineGateway;
import org.isomargin.engine.view.BybitPositionView;
import org.isomargin.engine.view.HlPositionView;
import org.isomargin.server.admin.Json;
import org.isomargin.server.admin.PositionRenderer;
import org.isomargin.server.http.DialectHandler;

/** Builds the two public dialects and the operator position renderer from the dialect modules. */
final class Dialects {
    private Dialects() {}

    static DialectHandler bybit(Vertx vertx, EngineGateway gw) {
        return (req, body) -> req.response().setStatusCode(404).end("{\"retCode\":10017,\"retMsg\":\"Route not found.\"}");
    }

    static DialectHandler hyperliquid(Vertx vertx, EngineGateway gw, boolean mainnet) {
        return (req, body) -> req.response().setStatusCode(404).end("not wired");
    }

    static PositionRenderer positionRenderer() {
        return new PositionRenderer() {
            @Override
            public JsonNode bybit(BybitPositionView v) {
                return Json.MAPPER.valueToTree(v);
            }

            @Override
            public JsonNode hyperliquid(HlPositionView v) {
                return Json.MAPPER.valueToTree(v);
            }
        };
    }
}
