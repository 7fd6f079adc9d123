package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.isomargin.json.StrictJson;

/**
 * Actions Isomargin does not model but that ccxt fires on every loadMarkets (approveBuilderFee, setReferrer;
 * CLIENTS.md §3.3). They change nothing here, so they are acknowledged with the default success and never reach
 * the engine: no signature check, no nonce used. Consulted only when the strict parser has already refused a body.
 */
final class SideCalls {

    static final Set<String> ACKNOWLEDGED = Set.of("approveBuilderFee", "setReferrer");

    private SideCalls() {
    }

    static boolean acknowledged(byte[] body) {
        try {
            // the same strict reading as the parser: a body it refused as JSON is never acknowledged
            JsonNode type = StrictJson.read(body).path("action").path("type");
            return type.isTextual() && ACKNOWLEDGED.contains(type.textValue());
        } catch (StrictJson.Refused | RuntimeException notJson) {
            return false;
        }
    }
}
