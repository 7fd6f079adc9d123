package org.isomargin.bybit.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** One HTTP answer as a test sees it: status, headers, the raw text and its parsed JSON. */
record Reply(int status, HttpHeaders headers, String body, JsonNode json) {

    int retCode() { return json.get("retCode").asInt(); }

    String retMsg() { return json.get("retMsg").asText(); }

    JsonNode result() { return json.get("result"); }

    String header(String name) { return headers.firstValue(name).orElse(null); }

    /** Text of a field of the result, e.g. {@code text("positionIM")}. */
    String text(String field) { return result().get(field).asText(); }
}
