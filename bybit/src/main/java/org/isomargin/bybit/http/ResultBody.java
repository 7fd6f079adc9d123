package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the value of the envelope's {@code result} field (always one JSON object). */
@FunctionalInterface
interface ResultBody {
    ResultBody EMPTY = g -> {
        g.writeStartObject();
        g.writeEndObject();
    };

    /** {category, nextPageCursor:"", list:[]}: what list endpoints answer for categories the engine has no data in. */
    static ResultBody emptyList(String category) {
        return g -> {
            g.writeStartObject();
            g.writeStringField("category", category);
            g.writeStringField("nextPageCursor", "");
            g.writeArrayFieldStart("list");
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    void write(JsonGenerator g) throws IOException;
}
