package org.isomargin.hyperliquid.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders an {@link ExchangeRequest} as the JSON body an SDK would POST (nktkas shape: optional envelope fields
 * left out, r/s zero-padded). For tests, benchmarks and load generators; the action goes out in canonical order.
 */
public final class ExchangeRequestWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private ExchangeRequestWriter() {
    }

    public static String toJson(ExchangeRequest request) {
        return new String(toBytes(request), StandardCharsets.UTF_8);
    }

    public static byte[] toBytes(ExchangeRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(320);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("action");
            CanonicalForm.write(request.action(), new JsonCanonicalWriter(g));
            g.writeFieldName("nonce");
            g.writeNumber(new java.math.BigInteger(request.nonceText())); // u64: unsigned, also from 2^63 up
            g.writeObjectFieldStart("signature");
            g.writeStringField("r", request.signature().rHex());
            g.writeStringField("s", request.signature().sHex());
            g.writeNumberField("v", request.signature().v());
            g.writeEndObject();
            if (request.vaultAddress() != null) {
                g.writeStringField("vaultAddress", request.vaultAddress());
            }
            if (request.expiresAfter() != null) {
                g.writeNumberField("expiresAfter", request.expiresAfter());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
        return out.toByteArray();
    }

    /** JSON side of the canonical walk. */
    private static final class JsonCanonicalWriter implements CanonicalWriter {
        private final JsonGenerator g;

        JsonCanonicalWriter(JsonGenerator g) {
            this.g = g;
        }

        @Override
        public void beginMap(int size) throws IOException {
            g.writeStartObject();
        }

        @Override
        public void endMap() throws IOException {
            g.writeEndObject();
        }

        @Override
        public void beginArray(int size) throws IOException {
            g.writeStartArray();
        }

        @Override
        public void endArray() throws IOException {
            g.writeEndArray();
        }

        @Override
        public void key(String name) throws IOException {
            g.writeFieldName(name);
        }

        @Override
        public void string(String value) throws IOException {
            g.writeString(value);
        }

        @Override
        public void integer(long value) throws IOException {
            g.writeNumber(value);
        }

        @Override
        public void bool(boolean value) throws IOException {
            g.writeBoolean(value);
        }
    }
}
