package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.isomargin.hyperliquid.wire.Address;
import org.isomargin.hyperliquid.wire.SerdeWording;
import org.isomargin.json.StrictJson;

/**
 * A parsed {@code POST /info} body: {@code {"type":…, "user"?:…, "startTime"?:…, "endTime"?:…}}. Other keys
 * ({@code dex}, {@code aggregateByTime}, …) are ignored, as serde ignores unknown fields.
 *
 * @param user lowercase {@code 0x…} address (any case and an optional 0x accepted), or null for market-wide types
 */
record InfoRequest(String type, String user, Long startTime, Long endTime) {

    static final String PREFIX = "Failed to deserialize the JSON body into the target type: ";

    /** Every type served, in the order listed in 422 messages. */
    static final List<String> TYPES = List.of("meta", "spotMeta", "metaAndAssetCtxs", "spotMetaAndAssetCtxs",
            "perpDexs", "allMids", "clearinghouseState", "spotClearinghouseState", "userRole", "subAccounts",
            "userFees", "openOrders", "frontendOpenOrders", "userFills", "userFillsByTime",
            "userNonFundingLedgerUpdates", "userAbstraction", "maxBuilderFee");

    private static final Set<String> MARKET_WIDE = Set.of("meta", "spotMeta", "metaAndAssetCtxs",
            "spotMetaAndAssetCtxs", "perpDexs", "allMids");

    /** A body that does not fit the schema: HTTP 422, text/plain, like the exchange endpoint. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String detail) {
            super(PREFIX + detail, null, false, false); // expected outcome: no stack trace
        }
    }

    static InfoRequest parse(byte[] body) throws Invalid {
        JsonNode root = readTree(body);
        if (!root.isObject()) {
            throw new Invalid("invalid type: " + kind(root) + ", expected internally tagged enum InfoRequest");
        }
        JsonNode typeNode = root.get("type");
        if (typeNode == null) {
            throw new Invalid("missing field `type`");
        }
        if (!typeNode.isTextual()) {
            throw new Invalid("type: invalid type: " + kind(typeNode) + ", expected a string");
        }
        String type = typeNode.textValue();
        if (!TYPES.contains(type)) {
            throw new Invalid("unknown variant `" + type + "`, expected one of `" + String.join("`, `", TYPES) + "`");
        }
        String user = MARKET_WIDE.contains(type) ? null : user(root);
        Long start = optionalTime(root, "startTime");
        if ("userFillsByTime".equals(type) && start == null) {
            throw new Invalid("missing field `startTime`");
        }
        return new InfoRequest(type, user, start, optionalTime(root, "endTime"));
    }

    /** True when an entry at {@code time} lies in [startTime, endTime] (either end open when absent). */
    boolean inWindow(long time) {
        return (startTime == null || time >= startTime) && (endTime == null || time <= endTime);
    }

    /** The shared StrictJson policy, worded as serde_json words it (see ExchangeRequestParser). */
    private static JsonNode readTree(byte[] body) throws Invalid {
        try {
            return StrictJson.read(body);
        } catch (StrictJson.Refused e) {
            throw new Invalid(SerdeWording.of(e));
        }
    }

    private static String user(JsonNode root) throws Invalid {
        JsonNode node = root.get("user");
        if (node == null || node.isNull()) {
            throw new Invalid("missing field `user`");
        }
        if (!node.isTextual()) {
            throw new Invalid("user: invalid type: " + kind(node) + ", expected a 20-byte hex address");
        }
        try {
            return Address.normalize(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new Invalid("user: invalid value: string \"" + node.textValue() + "\", expected a 20-byte hex address");
        }
    }

    private static Long optionalTime(JsonNode root, String field) throws Invalid {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw new Invalid(field + ": invalid type: " + kind(node) + ", expected u64");
        }
        return node.longValue();
    }

    private static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        } else if (node.isTextual()) {
            return "string \"" + node.textValue() + "\"";
        } else if (node.isBoolean()) {
            return "boolean `" + node.booleanValue() + "`";
        } else if (node.isNumber()) {
            return (node.isIntegralNumber() ? "integer `" : "floating point `") + node.asText() + "`";
        } else if (node.isArray()) {
            return "sequence";
        }
        return "map";
    }
}
