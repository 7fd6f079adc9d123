package org.isomargin.hyperliquid.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/**
 * Typed, strict reads of one JSON object's fields, failing with serde-style details
 * ({@code action.asset: invalid type: string "1", expected u32}) so 422 bodies read like Hyperliquid's.
 * Unknown fields are ignored, as serde does by default.
 */
final class JsonFields {

    private static final long U32_MAX = 0xFFFF_FFFFL;

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** Wraps {@code node}, which must be a JSON object; {@code expected} names the target type in the error. */
    static JsonFields of(JsonNode node, String path, String expected) throws WireFormatException {
        if (node == null || !node.isObject()) {
            throw error(path, "invalid type: " + describe(node) + ", expected " + expected);
        }
        return new JsonFields(node, path);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    WireFormatException fieldError(String field, String detail) {
        return error(pathOf(field), detail);
    }

    static WireFormatException error(String path, String detail) {
        return new WireFormatException(path.isEmpty() ? detail : path + ": " + detail, false);
    }

    JsonNode required(String field) throws WireFormatException {
        JsonNode value = node.get(field);
        if (value == null) {
            throw error(path, "missing field `" + field + "`");
        }
        return value;
    }

    /** @return the value, or null when the field is missing or JSON null (serde's {@code Option}) */
    JsonNode optional(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** An asset-like u32. Held in an int, so values from 2^31 up are refused here (no real asset id comes close). */
    int u32(String field) throws WireFormatException {
        JsonNode value = required(field);
        long v = integral(field, value, "u32");
        if (v < 0 || v > U32_MAX) {
            throw fieldError(field, "invalid value: integer `" + value.asText() + "`, expected u32");
        }
        if (v > Integer.MAX_VALUE) {
            throw fieldError(field, "invalid value: integer `" + v + "`, expected u32 below 2^31");
        }
        return (int) v;
    }

    long u64(String field) throws WireFormatException {
        return u64Value(field, required(field));
    }

    /**
     * A u64 over its whole range, 0 to 18446744073709551615, in a long's 64 bits: from 2^63 up it reads negative
     * in Java, so callers compare with {@link Long#compareUnsigned} and print with {@link Long#toUnsignedString}.
     */
    long u64Bits(String field) throws WireFormatException {
        JsonNode value = required(field);
        if (!value.isIntegralNumber()) {
            throw fieldError(field, "invalid type: " + describe(value) + ", expected u64");
        }
        if (value.canConvertToLong()) {
            return u64Value(field, value);
        }
        java.math.BigInteger big = value.bigIntegerValue();
        if (big.signum() < 0 || big.bitLength() > 64) {
            throw fieldError(field, "invalid value: integer `" + value.asText() + "`, expected u64");
        }
        return big.longValue(); // the low 64 bits: exactly the unsigned value
    }

    Long optionalU64(String field) throws WireFormatException {
        JsonNode value = optional(field);
        return value == null ? null : u64Value(field, value);
    }

    long i64(String field) throws WireFormatException {
        JsonNode value = required(field);
        return integral(field, value, "i64");
    }

    boolean bool(String field) throws WireFormatException {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw fieldError(field, "invalid type: " + describe(value) + ", expected a boolean");
        }
        return value.booleanValue();
    }

    String string(String field) throws WireFormatException {
        return stringValue(field, required(field));
    }

    String optionalString(String field) throws WireFormatException {
        JsonNode value = optional(field);
        return value == null ? null : stringValue(field, value);
    }

    /** Longest decimal string accepted; real prices, sizes and leverages are far shorter (Bybit caps at 40 too). */
    static final int MAX_DECIMAL_CHARS = 40;

    /** A decimal string, returned canonical (float_to_wire form). */
    String decimal(String field) throws WireFormatException {
        String text = string(field);
        if (text.length() > MAX_DECIMAL_CHARS)
            throw fieldError(field, "invalid length " + text.length() + ", expected a decimal string of at most " + MAX_DECIMAL_CHARS + " characters");
        try {
            return DecimalString.canonical(text);
        } catch (IllegalArgumentException e) {
            throw fieldError(field, "invalid value: string " + quote(text) + ", expected a decimal string");
        }
    }

    /** A 20-byte address, any case, {@code 0x} optional; returned canonical. */
    String address(String field) throws WireFormatException {
        return addressValue(field, required(field));
    }

    String optionalAddress(String field) throws WireFormatException {
        JsonNode value = optional(field);
        return value == null ? null : addressValue(field, value);
    }

    /** A hex integer of 1 to 64 digits (r, s, chain ids). */
    BigInteger hexInteger(String field) throws WireFormatException {
        String text = string(field);
        try {
            return Hex.parseUnsigned(text, field);
        } catch (IllegalArgumentException e) {
            throw fieldError(field, "invalid value: string " + quote(text) + ", expected a hex integer of at most 64 digits");
        }
    }

    JsonNode array(String field) throws WireFormatException {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw fieldError(field, "invalid type: " + describe(value) + ", expected a sequence");
        }
        return value;
    }

    JsonFields object(String field, String expected) throws WireFormatException {
        return of(required(field), pathOf(field), expected);
    }

    private long u64Value(String field, JsonNode value) throws WireFormatException {
        long v = integral(field, value, "u64");
        if (v < 0) {
            throw fieldError(field, "invalid value: integer `" + v + "`, expected u64");
        }
        return v;
    }

    private long integral(String field, JsonNode value, String expected) throws WireFormatException {
        if (!value.isIntegralNumber()) {
            throw fieldError(field, "invalid type: " + describe(value) + ", expected " + expected);
        }
        if (!value.canConvertToLong()) {
            String bound = "i64".equals(expected) ? "i64" : expected + " below 2^63";
            throw fieldError(field, "invalid value: integer `" + value.asText() + "`, expected " + bound);
        }
        return value.longValue();
    }

    private String stringValue(String field, JsonNode value) throws WireFormatException {
        if (!value.isTextual()) {
            throw fieldError(field, "invalid type: " + describe(value) + ", expected a string");
        }
        return value.textValue();
    }

    private String addressValue(String field, JsonNode value) throws WireFormatException {
        String text = stringValue(field, value);
        try {
            return Address.normalize(text);
        } catch (IllegalArgumentException e) {
            throw fieldError(field, "invalid value: string " + quote(text) + ", expected a 20-byte hex address");
        }
    }

    /** serde's way of naming an unexpected JSON value. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        } else if (value.isNull()) {
            return "null";
        } else if (value.isTextual()) {
            return "string " + quote(value.textValue());
        } else if (value.isBoolean()) {
            return "boolean `" + value.booleanValue() + "`";
        } else if (value.isIntegralNumber()) {
            return "integer `" + value.asText() + "`";
        } else if (value.isNumber()) {
            return "floating point `" + value.asText() + "`";
        } else if (value.isArray()) {
            return "sequence";
        }
        return "map";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
