package org.isomargin.bybit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WireIdsTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void idsLookLikeVersion4UuidsAreStableAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (long id = 1; id <= 50_000; id++) {
            String s = WireIds.orderId(id);
            assertTrue(s.matches(UUID), s);
            assertTrue(seen.add(s), s);
            assertEquals(s, WireIds.orderId(id));
        }
        assertNotEquals(WireIds.orderId(7), WireIds.execId(7));
        assertEquals("", WireIds.orderId(0));
    }
}
