package org.isomargin.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;

/**
 * The one JSON reading policy of every surface (operator API, Bybit, Hyperliquid): exactly one JSON value, no
 * duplicate key at any depth, nothing but whitespace after the value, numbers kept exact. A body is never "mostly
 * read": either it passes all of that or it is refused whole, and each surface words the refusal its venue's way.
 * Exact types (a string is not a number) are the callers' typed getters' job; this class never coerces.
 */
public final class StrictJson {

    /** Streaming reads: the parser itself refuses a repeated key, also inside values a caller skips. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    // Decimals read as BigDecimal with their trailing zeros, never as binary floating point (not money-safe), so a
    // refused "1.50" can be quoted back as written. Trailing data is checked by read() itself, after the one value.
    private static final ObjectReader TREE = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .reader();

    private StrictJson() {
    }

    /** Reads a whole body as one JSON value (any type; the caller decides what it needs). */
    public static JsonNode read(byte[] body) throws Refused {
        if (body == null || body.length == 0) {
            throw new Refused(Refused.Reason.EMPTY, "no JSON value in an empty body", null, 1, 0);
        }
        // One value from the parser, then requireEnd: whatever follows it, token or garbage, is trailing data.
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonNode node = TREE.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new Refused(Refused.Reason.EMPTY, "no JSON value, only whitespace", null, 1, 0);
            }
            requireEnd(parser);
            return node;
        } catch (JsonProcessingException e) {
            throw Refused.of(e);
        } catch (IOException e) {
            throw new Refused(Refused.Reason.MALFORMED, String.valueOf(e.getMessage()), null, 0, 0);
        }
    }

    /** For streaming readers that consumed one value: refuses anything but whitespace after it. */
    public static void requireEnd(JsonParser parser) throws Refused {
        try {
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new Refused(Refused.Reason.TRAILING_DATA, "trailing data after the JSON value", null,
                        at.getLineNr(), at.getColumnNr());
            }
        } catch (JsonProcessingException e) {
            // garbage after the value that is not even a token is trailing data all the same
            JsonLocation at = e.getLocation();
            throw new Refused(Refused.Reason.TRAILING_DATA, String.valueOf(e.getOriginalMessage()), null,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new Refused(Refused.Reason.MALFORMED, String.valueOf(e.getMessage()), null, 0, 0);
        }
    }

    /** Classifies a failure Jackson raised while reading under this policy. */
    public static Refused refusal(JsonProcessingException e) {
        return Refused.of(e);
    }

    /** Why a body was refused, with Jackson's own detail and where it happened (line and column from 1). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private static final String DUPLICATE = "Duplicate field '";

        public enum Reason { EMPTY, MALFORMED, DUPLICATE_KEY, TRAILING_DATA }

        private final Reason reason;
        private final String key;
        private final int line;
        private final int column;

        Refused(Reason reason, String detail, String key, int line, int column) {
            super(detail, null, false, false); // client-caused, expected: no stack trace
            this.reason = reason;
            this.key = key;
            this.line = line;
            this.column = column;
        }

        static Refused of(JsonProcessingException e) {
            String m = String.valueOf(e.getOriginalMessage());
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            if (m.startsWith(DUPLICATE)) {
                int end = m.indexOf('\'', DUPLICATE.length());
                String key = end < 0 ? m.substring(DUPLICATE.length()) : m.substring(DUPLICATE.length(), end);
                return new Refused(Reason.DUPLICATE_KEY, m, key, line, column);
            }
            return new Refused(Reason.MALFORMED, m, null, line, column);
        }

        public Reason reason() { return reason; }

        /** The repeated key for {@link Reason#DUPLICATE_KEY}, else null. */
        public String key() { return key; }

        public int line() { return line; }

        public int column() { return column; }
    }
}
