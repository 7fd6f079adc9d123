package org.isomargin.bybit.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.isomargin.json.StrictJson;

/**
 * Reads a POST body (one flat JSON object) with Jackson's streaming parser: no tree, no binding. Nested values are
 * skipped and only marked, so unknown structured fields are tolerated but can never be read as scalars. The parser
 * follows the shared {@link StrictJson} policy: a key repeated at any depth or anything after the object refuses the
 * whole body (10001), never "the last one wins".
 */
final class JsonBodyReader {
    private JsonBodyReader() {}

    static Params read(byte[] body) {
        if (body.length == 0) throw new BadParam("body", "is empty; a JSON object is required");
        Params p = new Params();
        try (JsonParser parser = StrictJson.FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new BadParam("body", "must be a JSON object");
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (v) {
                    case VALUE_STRING -> p.put(name, Params.Kind.STRING, parser.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.put(name, Params.Kind.NUMBER, parser.getText());
                    case VALUE_TRUE -> p.put(name, Params.Kind.TRUE, null);
                    case VALUE_FALSE -> p.put(name, Params.Kind.FALSE, null);
                    case VALUE_NULL -> p.put(name, Params.Kind.NULL, null);
                    default -> {
                        parser.skipChildren();
                        p.put(name, Params.Kind.NESTED, null);
                    }
                }
            }
            if (t != JsonToken.END_OBJECT) throw new BadParam("body", "is not valid JSON");
            StrictJson.requireEnd(parser);
        } catch (StrictJson.Refused e) {
            throw new BadParam("body", "is not valid JSON");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            StrictJson.Refused r = StrictJson.refusal(e);
            if (r.reason() == StrictJson.Refused.Reason.DUPLICATE_KEY) throw new BadParam(r.key(), "is duplicated");
            throw new BadParam("body", "is not valid JSON");
        } catch (IOException e) {
            throw new BadParam("body", "is not valid JSON");
        }
        return p;
    }
}
