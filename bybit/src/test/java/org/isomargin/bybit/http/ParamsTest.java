package org.isomargin.bybit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body and query readers and the typed getters, without HTTP. */
class ParamsTest {
    private static Params json(String s) { return JsonBodyReader.read(s.getBytes(StandardCharsets.UTF_8)); }

    private static String refusal(Runnable r) { return assertThrows(BadParam.class, r::run).getMessage(); }

    @Test
    void jsonScalarsKeepTheirKind() {
        Params p = json("{\"a\":\"1.50\",\"b\":2,\"c\":true,\"d\":null,\"e\":[1,{\"x\":2}],\"f\":\"\",\"g\":-3.25e1}");
        assertEquals(new BigDecimal("1.50"), p.decimal("a"));
        assertEquals(2, p.integer("b"));
        assertTrue(p.bool("c", false));
        assertFalse(p.has("d"));
        assertEquals("e must be a string", refusal(() -> p.string("e")));
        assertNull(p.string("f"));
        assertEquals(0, new BigDecimal("-32.5").compareTo(p.decimal("g")));
        assertEquals("b must be a string", refusal(() -> p.string("b")));
        assertEquals("a must be an integer", refusal(() -> p.integer("a")));
    }

    @Test
    void unknownFieldsAreIgnored() {
        Params p = json("{\"margin\":\"2\",\"extra\":{\"deep\":[1,2,3]}}");
        assertEquals(new BigDecimal("2"), p.decimal("margin"));
    }

    /** Issue 8 item 11: "last one wins" applied a margin of 5 sent after a margin of 0. */
    @Test
    void aRepeatedNameIsRefusedInBodiesAndQueries() {
        assertEquals("margin is duplicated", refusal(() -> json("{\"margin\":\"0\",\"margin\":\"5\"}")));
        assertEquals("symbol is duplicated", refusal(() -> json("{\"symbol\":\"A\",\"x\":1,\"symbol\":\"B\"}")));
        assertEquals("deep is duplicated", refusal(() -> json("{\"extra\":{\"deep\":1,\"deep\":2}}")));
        assertEquals("symbol is duplicated", refusal(() -> QueryReader.read("category=linear&symbol=A&symbol=B")));
        assertEquals("body is not valid JSON", refusal(() -> json("{\"margin\":\"1\"}{}")));
    }

    @Test
    void malformedBodiesNameTheBody() {
        assertEquals("body is not valid JSON", refusal(() -> json("{\"a\":")));
        assertEquals("body is not valid JSON", refusal(() -> json("{} {}")));
        assertEquals("body must be a JSON object", refusal(() -> json("\"text\"")));
        assertEquals("body is empty; a JSON object is required", refusal(() -> json("")));
    }

    @Test
    void decimalsRefuseExponentsInStringsAndAbsurdNumbers() {
        assertEquals("m must be a decimal number", refusal(() -> json("{\"m\":\"1e5\"}").decimal("m")));
        assertEquals("m must be a decimal number", refusal(() -> json("{\"m\":1e999999}").decimal("m")));
        assertEquals("m must be a decimal number", refusal(() -> json("{\"m\":\" 1\"}").decimal("m")));
        assertEquals(new BigDecimal("-0.0001"), json("{\"m\":\"-0.0001\"}").decimal("m"));
    }

    @Test
    void queryIsDecodedAndEmptyValuesAreAbsent() {
        Params p = QueryReader.read("category=linear&coin=USDT%2CETH&cursor=&flag&x=a+b");
        assertEquals("linear", p.string("category"));
        assertEquals("USDT,ETH", p.string("coin"));
        assertNull(p.string("cursor"));
        assertFalse(p.has("flag"));
        assertEquals("a b", p.string("x"));
        assertEquals("query is not correctly percent-encoded", refusal(() -> QueryReader.read("a=%zz")));
    }

    @Test
    void fieldRules() {
        assertEquals("symbol must be uppercase", refusal(() -> Fields.symbol(json("{\"symbol\":\"BTCusdt\"}"), true)));
        assertEquals("symbol is invalid", refusal(() -> Fields.symbol(json("{\"symbol\":\"BTC/USDT\"}"), true)));
        assertEquals(0, Fields.positionIdx(json("{}")));
        assertEquals(2, Fields.positionIdx(json("{\"positionIdx\":\"2\"}")));
        assertEquals("margin must have at most 4 decimal places", refusal(() -> Fields.margin(json("{\"margin\":\"1.00001\"}"))));
        assertEquals(new BigDecimal("1.00010"), Fields.margin(json("{\"margin\":\"1.00010\"}")));
    }
}
