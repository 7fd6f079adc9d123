package org.isomargin.engine.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.isomargin.engine.market.BybitCategory;
import org.junit.jupiter.api.Test;

/** Persisted enum codes are complete, unique, and refuse what they do not know. */
class EnumCodesTest {

    @Test
    void aConstantWithoutACodeOrACodeGivenTwiceIsRefusedAtOnce() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> EnumCodes.of(BybitCategory.class, Map.of(BybitCategory.LINEAR, 0)));
        assertTrue(missing.getMessage().contains("INVERSE has no persisted code"), missing.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> EnumCodes.of(BybitCategory.class, Map.of(BybitCategory.LINEAR, 0, BybitCategory.INVERSE, 0)));
        assertTrue(twice.getMessage().contains("code 0 given twice"), twice.getMessage());
    }

    @Test
    void codesRoundTripAndAbsentIsMinusOne() {
        for (BybitCategory c : BybitCategory.values())
            assertEquals(c, PersistedEnums.CATEGORY.decode(PersistedEnums.CATEGORY.code(c)));
        assertEquals(-1, PersistedEnums.CATEGORY.codeOrAbsent(null));
        assertNull(PersistedEnums.CATEGORY.decodeOrAbsent(-1));
        assertThrows(IllegalArgumentException.class, () -> PersistedEnums.CATEGORY.decode(-2));
        // Every persisted table loads (a constant added without a code would fail here and in every codec test).
        assertNotNull(PersistedEnums.LEDGER_TYPE.decode(4));
        assertNotNull(PersistedEnums.POSITION_STATUS.decode(2));
    }
}
