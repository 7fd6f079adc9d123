package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isomargin.engine.ops.HlOrderStatus;
import org.isomargin.engine.result.Result;
import org.isomargin.hyperliquid.wire.Cancel;
import org.isomargin.hyperliquid.wire.ExchangeAction;
import org.isomargin.hyperliquid.wire.Order;

/**
 * {@code /exchange} bodies (hyperliquid.md §1.4, CLIENTS.md §4.4): {@code {"status":"ok","response":{"type":…}}} or
 * {@code {"status":"err","response":"<text>"}}, always HTTP 200.
 */
final class ExchangeReplies {

    static final byte[] OK_DEFAULT = "{\"status\":\"ok\",\"response\":{\"type\":\"default\"}}"
            .getBytes(StandardCharsets.US_ASCII);

    private ExchangeReplies() {
    }

    static byte[] error(String message) {
        return JsonBytes.of(g -> {
            g.writeStartObject();
            g.writeStringField("status", "err");
            g.writeStringField("response", message);
            g.writeEndObject();
        });
    }

    /** The body for an engine result: per-order statuses for order and cancel, the default success otherwise. */
    static byte[] of(ExchangeAction action, Result result) {
        if (!result.ok()) {
            return error(result.hyperliquidMessage());
        }
        if (action instanceof Order order) {
            return statuses("order", statusList(result), order, false);
        }
        if (action instanceof Cancel) {
            return statuses("cancel", statusList(result), null, true);
        }
        return OK_DEFAULT;
    }

    @SuppressWarnings("unchecked")
    private static List<HlOrderStatus> statusList(Result result) {
        return result.payload() instanceof List<?> l ? (List<HlOrderStatus>) l : List.of();
    }

    /**
     * One entry per request, in order: {@code {"filled":{totalSz,avgPx,oid[,cloid]}}} or {@code {"error":"…"}};
     * a successful cancel is the bare string {@code "success"}. Errors stay objects because ccxt and NK both read
     * {@code statuses[i].error}.
     */
    private static byte[] statuses(String type, List<HlOrderStatus> statuses, Order order, boolean cancel) {
        return JsonBytes.of(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeObjectFieldStart("response");
            g.writeStringField("type", type);
            g.writeObjectFieldStart("data");
            g.writeArrayFieldStart("statuses");
            for (int i = 0; i < statuses.size(); i++) {
                String cloid = order != null && i < order.orders().size() ? order.orders().get(i).cloid() : null;
                writeStatus(g, statuses.get(i), cloid, cancel);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeStatus(JsonGenerator g, HlOrderStatus s, String cloid, boolean cancel) throws IOException {
        if (!s.isFilled()) {
            g.writeStartObject();
            g.writeStringField("error", s.error());
            g.writeEndObject();
        } else if (cancel) {
            g.writeString("success");
        } else {
            g.writeStartObject();
            g.writeObjectFieldStart("filled");
            g.writeStringField("totalSz", HlDecimal.of(s.totalSz()));
            g.writeStringField("avgPx", HlDecimal.of(s.avgPx()));
            g.writeNumberField("oid", s.oid());
            if (cloid != null) {
                g.writeStringField("cloid", cloid);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
