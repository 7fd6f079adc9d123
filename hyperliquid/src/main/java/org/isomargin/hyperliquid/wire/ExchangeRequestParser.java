package org.isomargin.hyperliquid.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strict parser for {@code POST /exchange} bodies (hyperliquid.md §1.2): accepts every envelope the PY, RS, NK
 * and ccxt SDKs send, and turns everything else into a {@link WireFormatException}. Thread-safe.
 */
public final class ExchangeRequestParser {

    // Duplicate keys and trailing garbage are errors for serde_json, so they are errors here too; floats are read
    // as BigDecimal only so that a rejected "1.50" is quoted back as written.
    private static final ObjectReader READER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .reader();

    private ExchangeRequestParser() {
    }

    public static ExchangeRequest parse(String body) throws WireFormatException {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    public static ExchangeRequest parse(byte[] body) throws WireFormatException {
        try {
            return parseTree(readTree(body));
        } catch (IllegalArgumentException e) {
            // the fields are validated one by one above; this only backs up the records' own checks
            throw new WireFormatException(e.getMessage(), false);
        }
    }

    private static ExchangeRequest parseTree(JsonNode tree) throws WireFormatException {
        JsonFields root = JsonFields.of(tree, "", "struct ExchangeRequest");
        ExchangeAction action = ActionParser.parse(root.required("action"), "action");
        long nonce = root.u64("nonce");
        JsonFields sig = root.object("signature", "struct Signature");
        Signature signature = new Signature(sig.hexInteger("r"), sig.hexInteger("s"), u8(sig, "v"));
        String vaultAddress = root.optionalAddress("vaultAddress");
        Long expiresAfter = root.optionalU64("expiresAfter");
        return new ExchangeRequest(action, nonce, signature, vaultAddress, expiresAfter);
    }

    private static JsonNode readTree(byte[] body) throws WireFormatException {
        try {
            JsonNode node = READER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new WireFormatException("EOF while parsing a value at line 1 column 0", true);
            }
            return node;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                // well-formed JSON that breaks the schema: serde says "duplicate field `x`"
                throw new WireFormatException("duplicate field " + message.substring("Duplicate field ".length())
                        .replace('\'', '`') + at(e.getLocation()), false);
            }
            throw new WireFormatException(message + at(e.getLocation()), true);
        } catch (IOException e) {
            throw new WireFormatException(String.valueOf(e.getMessage()), true);
        }
    }

    /** v is a byte on the wire; whether it is 27/28 (or 0/1) is the recovery's business, not the schema's. */
    private static int u8(JsonFields sig, String field) throws WireFormatException {
        long v = sig.u64(field);
        if (v > 255) {
            throw sig.fieldError(field, "invalid value: integer `" + v + "`, expected u8");
        }
        return (int) v;
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }
}
