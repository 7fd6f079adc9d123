package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place a Bybit envelope is rendered: {@code {retCode, retMsg, result, retExtInfo, time}} (bybit-v5.md §1.5).
 * Errors always carry {@code result:{}} and {@code retExtInfo:{}}.
 */
final class Envelope {
    static final JsonFactory JSON = JsonFactory.builder().build();
    static final String OK_MSG = "OK";
    static final int SERVER_ERROR = 10016;
    static final String SERVER_ERROR_MSG = "Server error.";
    static final int ROUTE_NOT_FOUND = 10017;
    static final String ROUTE_NOT_FOUND_MSG = "Route not found.";

    private Envelope() {}

    static Buffer success(ResultBody body, long time) {
        try {
            return render(0, OK_MSG, body, time);
        } catch (RuntimeException e) {
            // A renderer bug must not leave a half-written body: answer a clean server error instead.
            return error(SERVER_ERROR, SERVER_ERROR_MSG, time);
        }
    }

    static Buffer error(int retCode, String retMsg, long time) {
        return render(retCode, retMsg, ResultBody.EMPTY, time);
    }

    private static Buffer render(int retCode, String retMsg, ResultBody body, long time) {
        Buffer buf = Buffer.buffer(512);
        try (JsonGenerator g = JSON.createGenerator(new BufferOutput(buf))) {
            g.writeStartObject();
            g.writeNumberField("retCode", retCode);
            g.writeStringField("retMsg", retMsg);
            g.writeFieldName("result");
            body.write(g);
            g.writeFieldName("retExtInfo");
            g.writeStartObject();
            g.writeEndObject();
            g.writeNumberField("time", time);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf;
    }
}
