package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * Actions Isomargin does not model but that ccxt fires on every loadMarkets (approveBuilderFee, setReferrer;
 * CLIENTS.md §3.3). They change nothing here, so they are acknowledged with the default success and never reach
 * the engine: no signature check, no nonce used. Consulted only when the strict parser has already refused a body.
 */
final class SideCalls {

    static final Set<String> ACKNOWLEDGED = Set.of("approveBuilderFee", "setReferrer");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SideCalls() {
    }

    static boolean acknowledged(byte[] body) {
        try {
            JsonNode type = MAPPER.readTree(body).path("action").path("type");
            return type.isTextual() && ACKNOWLEDGED.contains(type.textValue());
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }
}
