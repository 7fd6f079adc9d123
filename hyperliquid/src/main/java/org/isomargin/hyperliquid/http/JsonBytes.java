package org.isomargin.hyperliquid.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Streams a JSON document straight to bytes: responses are built by hand so field order is the venue's, not a mapper's. */
final class JsonBytes {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes one JSON value with the generator it is given. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonBytes() {
    }

    static byte[] of(Body body) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
        return out.toByteArray();
    }
}
