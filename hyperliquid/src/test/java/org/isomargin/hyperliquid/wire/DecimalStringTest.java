package org.isomargin.hyperliquid.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The float_to_wire canonical form: no trailing zeros, no exponent, "0" for zero. */
class DecimalStringTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "25.20, 25.2", "100, 100", "100.000, 100", "5.0, 5", "0.5, 0.5", "0.50, 0.5", "0, 0", "0.0, 0",
        "000, 0", "007, 7", "007.10, 7.1", "1670.1, 1670.1", "0.0147, 0.0147", "30000, 30000",
        "0.00000001, 0.00000001", "123456789012345678901234567890, 123456789012345678901234567890",
    })
    void canonical(String input, String expected) {
        assertEquals(expected, DecimalString.canonical(input));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " 1", "1 ", "-1", "+1", "1e3", "1E3", ".5", "5.", "1.2.3", "1,5", "NaN",
        "Infinity", "0x10", "١"})
    void rejected(String input) {
        assertThrows(IllegalArgumentException.class, () -> DecimalString.canonical(input));
    }
}
