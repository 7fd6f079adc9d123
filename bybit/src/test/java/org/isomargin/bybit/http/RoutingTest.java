package org.isomargin.bybit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unknown /v5 paths and wrong methods: HTTP 404 with a Bybit envelope, retCode 10017 "Route not found.". */
class RoutingTest {
    private Venue v;

    @BeforeEach
    void setUp() { v = new Venue(); }

    @AfterEach
    void tearDown() { v.close(); }

    @Test
    void unknownPathIs404WithRetCode10017() {
        Reply r = v.client.get("/v5/position/closed-pnl", "category=linear");
        assertEquals(404, r.status());
        assertEquals(10017, r.retCode());
        assertEquals("Route not found.", r.retMsg());
        assertEquals("{}", r.result().toString());
        assertEquals("application/json", r.header("Content-Type"));
    }

    @Test
    void wrongMethodIs404Too() {
        Reply r = SignedClient.send(HttpRequest.newBuilder(v.client.uri("/v5/position/add-margin", null)).GET());
        assertEquals(404, r.status());
        assertEquals(10017, r.retCode());
        Reply post = v.client.post("/v5/market/time", "{}");
        assertEquals(404, post.status());
    }
}
