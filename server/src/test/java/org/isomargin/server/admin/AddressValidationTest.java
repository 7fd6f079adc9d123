package org.isomargin.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Issue 8 item 5: POST /admin/accounts refuses the zero address in every spelling, before any command is made. */
class AddressValidationTest {

    @Test
    void zeroAddressIsRefused() {
        for (String zero : new String[] {"0x0000000000000000000000000000000000000000", "0000000000000000000000000000000000000000",
                "0X0000000000000000000000000000000000000000"}) {
            assertThrows(RuntimeException.class, () -> OperatorApi.normalizeAddress(zero), zero);
        }
    }

    @Test
    void ordinaryAddressesStillNormalize() {
        assertEquals("0x14791697260e4c9a71f18484c9f997b308e59325",
                OperatorApi.normalizeAddress("0x14791697260E4c9A71f18484C9f997B308e59325"));
        assertEquals("0x0000000000000000000000000000000000000001",
                OperatorApi.normalizeAddress("0000000000000000000000000000000000000001"));
    }
}
