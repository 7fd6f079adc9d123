package org.isomargin.bybit.http;

import static org.isomargin.bybit.http.Venue.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.isomargin.engine.account.BybitMarginMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refusals of POST /v5/position/add-margin: HTTP 200, the Bybit code, a retMsg naming the cause, state untouched. */
class AddMarginValidationTest {
    private Venue v;

    @BeforeEach
    void setUp() {
        v = new Venue();
        v.documentedEthusdPosition(null);
        v.mark("ETHUSD", "1812.90");
    }

    @AfterEach
    void tearDown() { v.close(); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON          | {\"category\":\"inverse\",                                                     | body is not valid JSON",
            "not an object           | [1,2]                                                                         | body must be a JSON object",
            "trailing garbage        | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\"} x          | body is not valid JSON",
            "duplicate margin        | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0\",\"margin\":\"0.01\"} | margin is duplicated",
            "duplicate symbol        | {\"category\":\"inverse\",\"symbol\":\"BTCUSD\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\"} | symbol is duplicated",
            "missing category        | {\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":0}                 | category is required",
            "category spot           | {\"category\":\"spot\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\"}             | category must be linear or inverse",
            "category as number      | {\"category\":1,\"symbol\":\"ETHUSD\",\"margin\":\"0.01\"}                    | category must be a string",
            "missing symbol          | {\"category\":\"inverse\",\"margin\":\"0.01\"}                                | symbol is required",
            "lowercase symbol        | {\"category\":\"inverse\",\"symbol\":\"ethusd\",\"margin\":\"0.01\"}           | symbol must be uppercase",
            "symbol as number        | {\"category\":\"inverse\",\"symbol\":7,\"margin\":\"0.01\"}                   | symbol must be a string",
            "category mismatch       | {\"category\":\"linear\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\"}           | category does not match the symbol",
            "unknown symbol          | {\"category\":\"inverse\",\"symbol\":\"XRPUSD\",\"margin\":\"0.01\"}           | symbol invalid",
            "missing margin          | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"positionIdx\":0}             | margin is required",
            "null margin             | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":null}               | margin is required",
            "margin not a number     | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"ten\"}            | margin must be a decimal number",
            "margin with exponent    | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"1e-2\"}           | margin must be a decimal number",
            "margin boolean          | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":true}               | margin must be a decimal number",
            "margin object           | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":{\"v\":1}}          | margin must be a decimal number",
            "margin 5 decimals       | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.00001\"}        | margin must have at most 4 decimal places",
            "margin number 5 dp      | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":-0.00015}           | margin must have at most 4 decimal places",
            "positionIdx 3           | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":3}   | positionIdx must be 0, 1 or 2",
            "positionIdx -1          | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":-1}  | positionIdx must be 0, 1 or 2",
            "positionIdx fraction    | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":1.5} | positionIdx must be an integer",
            "positionIdx text        | {\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"positionIdx\":\"a\"} | positionIdx must be an integer",
    })
    void badInputIs10001NamingTheFieldAndChangesNothing(String name, String body, String message) {
        String before = v.hash();
        Reply r = v.addMargin(body.strip());
        assertRefused(r, 10001, message);
        assertEquals(before, v.hash());
    }

    @Test
    void emptyBodyIs10001() {
        String before = v.hash();
        assertRefused(v.addMargin(""), 10001, "body is empty");
        assertEquals(before, v.hash());
    }

    /** The server passes null for bodies over 64 KiB; the refusal names the body and comes before authentication. */
    @Test
    void bodyOver64KiBIs10001NamingTheBody() {
        String before = v.hash();
        String big = "{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"0.01\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
        Reply r = v.addMargin(big);
        assertRefused(r, 10001, "body exceeds 65536 bytes");
        assertEquals("10", r.header("X-Bapi-Limit"));
        assertEquals(before, v.hash());
    }

    @Test
    void zeroMarginIs110027() {
        String before = v.hash();
        assertRefused(v.addMargin(body("0")), 110027, "Margin has not been modified.");
        assertEquals(before, v.hash());
    }

    @Test
    void moreThanAvailableIs110014() {
        // Available = 1 ETH − positionIM of the imported position (< 0.01), so adding a whole ETH cannot fit.
        assertRefused(v.addMargin(body("1")), 110014, "Insufficient available balance to add additional margin.");
    }

    @Test
    void reducingMoreThanTheExtraMarginIs110078() {
        Venue.assertOk(v.addMargin(body("0.01")));
        String before = v.hash();
        assertRefused(v.addMargin(body("-0.0101")), 110078, "Added margin more than max can reduce margin");
        assertEquals(before, v.hash());
    }

    @Test
    void reducingGivesBackExactlyWhatWasAdded() {
        Reply added = v.addMargin(body("0.01"));
        Reply reduced = v.addMargin(body("-0.01"));
        Venue.assertOk(reduced);
        BigDecimal im0 = new BigDecimal(added.text("positionIM")).subtract(d("0.01"));
        assertEquals(0, im0.compareTo(new BigDecimal(reduced.text("positionIM"))), reduced.body());
        assertEquals("12", reduced.text("leverage"));
    }

    @Test
    void noPositionIs110033() {
        long other = v.account(BybitMarginMode.ISOLATED_MARGIN);
        v.apiKey(other, "other-key", "other-secret", false);
        Reply r = v.client.withKey("other-key", "other-secret").post("/v5/position/add-margin", body("0.01"));
        assertRefused(r, 110033, "You can't set margin without an open position");
    }

    @Test
    void crossMarginAccountIs110015AndPortfolioMarginIs110077() {
        long cross = v.account(BybitMarginMode.REGULAR_MARGIN);
        v.apiKey(cross, "cross-key", "s1", false);
        assertRefused(v.client.withKey("cross-key", "s1").post("/v5/position/add-margin", body("0.01")), 110015,
                "The position is in cross margin mode.");
        long pm = v.account(BybitMarginMode.PORTFOLIO_MARGIN);
        v.apiKey(pm, "pm-key", "s2", false);
        assertRefused(v.client.withKey("pm-key", "s2").post("/v5/position/add-margin", body("0.01")), 110077,
                "Pm mode cannot support");
    }

    static String body(String margin) {
        return "{\"category\":\"inverse\",\"symbol\":\"ETHUSD\",\"margin\":\"" + margin + "\",\"positionIdx\":0}";
    }

    static void assertRefused(Reply r, int code, String messagePart) {
        assertEquals(200, r.status());
        assertEquals(code, r.retCode(), r.body());
        assertTrue(r.retMsg().contains(messagePart), () -> "retMsg '" + r.retMsg() + "' lacks '" + messagePart + "'");
        assertEquals("{}", r.result().toString());
        assertEquals("{}", r.json().get("retExtInfo").toString());
        assertTrue(r.json().get("time").isNumber());
    }
}
