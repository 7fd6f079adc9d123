package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number strings and fill directions, value by value. */
class FormatUnitsTest {

    @ParameterizedTest
    @CsvSource({"0,0.0", "0.000000,0.0", "-0.0000,0.0", "100,100.0", "1E+2,100.0", "1.50,1.5", "-95.059824,-95.059824",
            "0.00000001,0.00000001", "123456789012345678901234567890,123456789012345678901234567890.0"})
    void plain(String in, String out) {
        assertEquals(out, HlDecimal.of(new BigDecimal(in)));
    }

    @ParameterizedTest
    @CsvSource({"100.02765,100.02765", "1.0000005,1.000001", "-0.0000004,0.0", "-1.2345675,-1.234568", "9999999.9999999,10000000.0"})
    void usdc(String in, String out) {
        assertEquals(out, HlDecimal.usdc(new BigDecimal(in)));
    }

    @ParameterizedTest
    @CsvSource({"-0.00267890132,-0.0026789", "0.5,0.5", "0,0.0"})
    void ratio(String in, String out) {
        assertEquals(out, HlDecimal.ratio(new BigDecimal(in)));
    }

    @ParameterizedTest
    @CsvSource({"0,1,1,Open Long", "0,-1,1,Open Short", "2,1,1,Open Long", "-2,-1,1,Open Short", "2,-1,1,Close Long",
            "2,-1,2,Close Long", "2,-1,3,Long > Short", "-2,1,2,Close Short", "-2,1,2.5,Short > Long"})
    void direction(String start, int side, String size, String dir) {
        assertEquals(dir, FillDirection.of(new BigDecimal(start), side, new BigDecimal(size)));
    }
}
