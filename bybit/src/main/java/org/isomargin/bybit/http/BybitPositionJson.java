package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.isomargin.engine.view.BybitPositionView;

/** A position exactly as the add-margin answer shows it; the operator API reuses it. */
public final class BybitPositionJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BybitPositionJson() {}

    public static byte[] bytes(BybitPositionView v) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            PositionJson.snapshot(v).write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
        return out.toByteArray();
    }
}
