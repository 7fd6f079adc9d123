package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.isomargin.engine.view.BybitPositionView;

/**
 * A position for the operator API: the add-margin answer's fields, but with the real inverse positionMM, as the
 * position list shows it; only the venue's add-margin answer keeps its documented "0" (docs/margin-rules.md).
 */
public final class BybitPositionJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BybitPositionJson() {}

    public static byte[] bytes(BybitPositionView v) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            PositionJson.snapshot(v, false).write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
        return out.toByteArray();
    }
}
