package org.isomargin.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.isomargin.engine.num.Decimals;
import org.isomargin.json.StrictJson;

/** JSON at the operator edge: decimals in and out as plain strings, never floating point. */
public final class Json {
    /** For building and writing answers; bodies are read through {@link #parse} only. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private Json() {}

    /** Thrown for a body the operator API cannot accept; the message names the field. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) { super(message); }
    }

    /**
     * Reads a body under the shared {@link StrictJson} policy: a repeated key, anything after the object or a
     * malformed body is a 400 before any handler runs, so nothing is applied. An empty body is an empty object.
     */
    public static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) return MAPPER.createObjectNode();
        JsonNode n;
        try {
            n = StrictJson.read(body);
        } catch (StrictJson.Refused e) {
            throw new BadRequest(switch (e.reason()) {
                case EMPTY -> "the body must be a JSON object";
                case DUPLICATE_KEY -> "duplicate key " + e.key() + " in the body";
                case TRAILING_DATA -> "data after the JSON object";
                case MALFORMED -> "malformed JSON: " + e.getMessage();
            });
        }
        if (!n.isObject()) throw new BadRequest("the body must be a JSON object");
        return n;
    }

    public static ObjectNode object() { return MAPPER.createObjectNode(); }

    /** A decimal given as a JSON string in plain notation (the operator API's convention); null when absent. */
    public static BigDecimal decimal(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new BadRequest(field + " is required");
            return null;
        }
        BigDecimal d = v.isTextual() ? Decimals.parseOrNull(v.asText()) : null;
        if (d == null) throw new BadRequest(field + " must be a decimal string in plain notation, e.g. \"12.5\"");
        return d;
    }

    public static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new BadRequest(field + " is required");
            return null;
        }
        if (!v.isTextual()) throw new BadRequest(field + " must be a string");
        return v.asText();
    }

    public static long integer(JsonNode body, String field, Long fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) throw new BadRequest(field + " is required");
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw new BadRequest(field + " must be an integer");
        return v.asLong();
    }

    public static boolean bool(JsonNode body, String field, boolean fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return fallback;
        if (!v.isBoolean()) throw new BadRequest(field + " must be true or false");
        return v.asBoolean();
    }

    public static String plain(BigDecimal d) { return d == null ? null : Decimals.plain(d); }

    public static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
