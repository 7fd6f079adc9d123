package org.isomargin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The shared policy: one value, no repeated key at any depth, nothing after it, numbers exact. */
class StrictJsonTest {

    private static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static StrictJson.Refused refused(String body) {
        return assertThrows(StrictJson.Refused.class, () -> StrictJson.read(b(body)), body);
    }

    @Test
    void duplicateKeysAreRefusedAtAnyDepth() {
        StrictJson.Refused top = refused("{\"margin\":\"0\",\"margin\":\"5\"}");
        assertEquals(StrictJson.Refused.Reason.DUPLICATE_KEY, top.reason());
        assertEquals("margin", top.key());
        assertEquals("symbol", refused("{\"a\":{\"symbol\":\"X\",\"symbol\":\"Y\"}}").key());
        assertEquals("k", refused("{\"a\":[1,{\"k\":1,\"k\":1}]}").key());
    }

    @Test
    void anythingAfterTheValueIsRefused() {
        assertEquals(StrictJson.Refused.Reason.TRAILING_DATA, refused("{\"deposit\":\"1\"}xyz").reason());
        assertEquals(StrictJson.Refused.Reason.TRAILING_DATA, refused("1 2").reason());
        assertEquals(StrictJson.Refused.Reason.TRAILING_DATA, refused("{} {}").reason());
        assertEquals(StrictJson.Refused.Reason.TRAILING_DATA, refused("{}1").reason());
        assertEquals(StrictJson.Refused.Reason.EMPTY, refused("").reason());
        assertEquals(StrictJson.Refused.Reason.EMPTY, refused(" \n").reason());
        assertEquals(StrictJson.Refused.Reason.MALFORMED, refused("{'a':1}").reason());
    }

    @Test
    void whitespaceAroundTheValueIsFine() throws Exception {
        assertEquals(1, StrictJson.read(b(" \r\n{\"a\":1}\n\t ")).get("a").intValue());
    }

    @Test
    void numbersStayExact() throws Exception {
        JsonNode n = StrictJson.read(b("{\"nonce\":18446744073709551615,\"x\":1.50}"));
        assertEquals(new BigInteger("18446744073709551615"), n.get("nonce").bigIntegerValue());
        assertTrue(n.get("nonce").isIntegralNumber());
        assertEquals(new BigDecimal("1.50"), n.get("x").decimalValue());
        assertTrue(n.get("x").isBigDecimal());
    }

    @Test
    void streamingReadersGetTheSameRules() throws Exception {
        try (JsonParser p = StrictJson.FACTORY.createParser(b("{\"a\":1}xyz"))) {
            p.nextToken();
            p.skipChildren();
            assertEquals(StrictJson.Refused.Reason.TRAILING_DATA,
                    assertThrows(StrictJson.Refused.class, () -> StrictJson.requireEnd(p)).reason());
        }
        try (JsonParser p = StrictJson.FACTORY.createParser(b("{\"a\":1}{\"b\":2}"))) {
            p.nextToken();
            p.skipChildren();
            assertEquals(StrictJson.Refused.Reason.TRAILING_DATA,
                    assertThrows(StrictJson.Refused.class, () -> StrictJson.requireEnd(p)).reason());
        }
        try (JsonParser p = StrictJson.FACTORY.createParser(b("{\"a\":{\"z\":1,\"z\":2}}"))) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            assertThrows(com.fasterxml.jackson.core.JsonParseException.class, p::skipChildren);
        }
    }

    @Property(tries = 200)
    void aRepeatedKeyIsAlwaysRefused(@ForAll @AlphaChars @StringLength(min = 1, max = 8) String key,
                                     @ForAll @AlphaChars @StringLength(max = 8) String other) {
        String body = "{\"" + key + "\":1,\"" + other + "x\":{},\"" + key + "\":2}";
        StrictJson.Refused r = refused(body);
        assertEquals(StrictJson.Refused.Reason.DUPLICATE_KEY, r.reason());
        assertEquals(key, r.key());
    }
}
