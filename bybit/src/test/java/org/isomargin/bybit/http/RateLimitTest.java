package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.AddMarginValidationTest.assertRefused;
import static org.isomargin.bybit.http.AddMarginValidationTest.body;
import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isomargin.engine.account.BybitMarginMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** add-margin allows 10 requests per rolling second per UID (bybit-v5.md §1.6); the clock is the test's. */
class RateLimitTest {
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.documentedEthusdPosition(null);
    }

    @AfterEach
    void tearDown() { v.close(); }

    @Test
    void eleventhCallWithinOneSecondIs10006WithTheHeaders() {
        long t0 = v.clock.get();
        for (int i = 0; i < 10; i++) {
            v.clock.set(t0 + i * 50);
            Reply r = v.addMargin(body("0.0001"));
            Venue.assertOk(r);
            assertEquals("10", r.header("X-Bapi-Limit"));
            assertEquals(Integer.toString(9 - i), r.header("X-Bapi-Limit-Status"));
            assertEquals(Long.toString(t0 + i * 50), r.header("X-Bapi-Limit-Reset-Timestamp"));
        }
        v.clock.set(t0 + 999);
        String before = v.hash();
        Reply limited = v.addMargin(body("0.0001"));
        assertRefused(limited, 10006, "Too many visits!");
        assertEquals("10", limited.header("X-Bapi-Limit"));
        assertEquals("0", limited.header("X-Bapi-Limit-Status"));
        assertEquals(Long.toString(t0 + 1000), limited.header("X-Bapi-Limit-Reset-Timestamp"));
        assertEquals(before, v.hash());

        // Other endpoints and other users have their own windows.
        Venue.assertOk(v.client.get("/v5/position/list", "category=inverse&symbol=ETHUSD"));
        long other = v.account(BybitMarginMode.ISOLATED_MARGIN);
        v.apiKey(other, "k2", "s2", false);
        assertEquals(110033, v.client.withKey("k2", "s2").post("/v5/position/add-margin", body("0.0001")).retCode());

        // The first request leaves the window at t0 + 1000.
        v.clock.set(t0 + 1000);
        Venue.assertOk(v.addMargin(body("0.0001")));
    }

    @Test
    void wrongParametersStillCountAgainstTheLimit() {
        for (int i = 0; i < 10; i++) assertEquals(10001, v.addMargin("{}").retCode());
        assertEquals(10006, v.addMargin(body("0.0001")).retCode());
    }
}
