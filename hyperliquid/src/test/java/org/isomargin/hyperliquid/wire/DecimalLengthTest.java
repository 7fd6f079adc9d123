package org.isomargin.hyperliquid.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Decimal strings are bounded before they reach the engine and its journal. */
class DecimalLengthTest {
    private static String order(String px) {
        return "{\"action\":{\"type\":\"order\",\"orders\":[{\"a\":1,\"b\":true,\"p\":\"" + px + "\",\"s\":\"0.01\",\"r\":false,"
                + "\"t\":{\"limit\":{\"tif\":\"Ioc\"}}}],\"grouping\":\"na\"},\"nonce\":1,\"signature\":{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}}";
    }

    @Test
    void fortyCharactersPassFortyOneAreA422() throws Exception {
        String forty = "1" + "0".repeat(39);
        assertNotNull(ExchangeRequestParser.parse(order(forty)));
        WireFormatException e = assertThrows(WireFormatException.class, () -> ExchangeRequestParser.parse(order(forty + "0")));
        assertTrue(e.getMessage().startsWith("Failed to deserialize the JSON body into the target type: "), e.getMessage());
        assertTrue(e.getMessage().contains("at most 40 characters"), e.getMessage());
    }
}
