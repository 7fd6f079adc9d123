package org.isomargin.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Issue 8 item 11: the public 404 echoed a backslash raw, so its body was not JSON. */
class NotFoundBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parsed(String path) throws Exception {
        return JSON.readTree(PublicRoutes.notFoundBody(path));
    }

    @Test
    void backslashQuoteAndControlCharactersAreEscaped() throws Exception {
        String path = "/a\\b\"c\u0000d\u001f\n\te\u2028";
        JsonNode n = parsed(path);
        assertEquals("not_found", n.get("error").asText());
        assertEquals("no route " + path, n.get("message").asText());
    }

    @Property(tries = 500)
    void anyPathGivesJsonThatQuotesItBack(@ForAll String path) throws Exception {
        assertEquals("no route " + path, parsed(path).get("message").asText());
    }
}
