package org.isomargin.hyperliquid.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.isomargin.hyperliquid.signing.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that are refused before the engine: 422 text/plain with axum's prefix, 413 above the limit, 404 elsewhere. */
class BadRequestTest extends ServerTestBase {

    static final String PREFIX = "Failed to deserialize the JSON body into the target type: ";
    static final String SIG = "{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}";
    static final String UIM = "{\"type\":\"updateIsolatedMargin\",\"asset\":0,\"isBuy\":true,\"ntli\":1000000}";
    World world;

    @BeforeEach
    void fresh() {
        world = World.standard();
        world.account(TestKeys.PY_ADDRESS, "100");
        server.use(world.dialect());
    }

    static String envelope(String action) {
        return "{\"action\":" + action + ",\"nonce\":1700000000000,\"signature\":" + SIG + "}";
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("/exchange", ""),
                Arguments.of("/exchange", "not json"),
                Arguments.of("/exchange", "[]"),
                Arguments.of("/exchange", "{\"action\":" + UIM + ",\"nonce\":1700000000000}"),
                Arguments.of("/exchange", envelope("{\"type\":\"withdraw3\",\"amount\":\"1\"}")),
                Arguments.of("/exchange", envelope("{\"type\":\"userSetAbstraction\"}")),
                Arguments.of("/exchange", envelope(UIM).replace("1700000000000", "\"1700000000000\"")),
                Arguments.of("/exchange", envelope(UIM.replace("1000000", "1.5"))),
                Arguments.of("/exchange", envelope(UIM.replace("\"asset\":0", "\"asset\":-1"))),
                Arguments.of("/exchange", envelope(UIM.replace("true", "\"true\""))),
                Arguments.of("/exchange", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":2,\"leverage\":0.5}")),
                Arguments.of("/exchange", "{\"action\":" + UIM + ",\"nonce\":1,\"signature\":" + SIG + ",\"vaultAddress\":\"0x12\"}"),
                // issue 8 item 11: the shared strict policy on both routes (no repeated key, nothing after the value)
                Arguments.of("/exchange", envelope(UIM) + "x"),
                Arguments.of("/exchange", envelope(UIM) + " {}"),
                Arguments.of("/exchange", envelope(UIM.replace("\"asset\":0", "\"asset\":0,\"asset\":1"))),
                Arguments.of("/info", "{\"type\":\"meta\"}xyz"),
                Arguments.of("/info", "{\"type\":\"meta\"} {}"),
                Arguments.of("/info", "{\"type\":\"clearinghouseState\",\"type\":\"meta\"}"),
                Arguments.of("/info", "{\"type\":\"meta\",\"dex\":{\"a\":1,\"a\":2}}"),
                Arguments.of("/info", ""),
                Arguments.of("/info", "[]"),
                Arguments.of("/info", "{}"),
                Arguments.of("/info", "{\"type\":7}"),
                Arguments.of("/info", "{\"type\":\"l2Book\",\"coin\":\"ETH\"}"),
                Arguments.of("/info", "{\"type\":\"clearinghouseState\"}"),
                Arguments.of("/info", "{\"type\":\"clearinghouseState\",\"user\":\"0x12\"}"),
                Arguments.of("/info", "{\"type\":\"userFillsByTime\",\"user\":\"" + TestKeys.PY_ADDRESS + "\"}"),
                Arguments.of("/info", "{\"type\":\"userFills\",\"user\":\"" + TestKeys.PY_ADDRESS + "\",\"startTime\":\"x\"}"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void unprocessable(String path, String body) {
        String before = world.engine.stateHash();
        DialectServer.Reply r = server.post(path, body);
        assertEquals(422, r.status(), r.body());
        assertTrue(r.contentType().startsWith("text/plain"), r.contentType());
        assertTrue(r.body().startsWith(PREFIX), r.body());
        assertEquals(before, world.engine.stateHash(), "a refused body never reaches the engine");
    }

    /** The shared strict policy's refusals, in serde_json's words, on both routes. */
    @Test
    void trailingDataAndRepeatedKeysAreWordedAsSerdeWordsThem() {
        for (String path : new String[]{"/exchange", "/info"}) {
            String body = path.equals("/info") ? "{\"type\":\"meta\"}" : envelope(UIM);
            assertTrue(server.post(path, body + "x").body().startsWith(PREFIX + "trailing characters at line 1 column "), path);
            assertTrue(server.post(path, body + " 1").body().startsWith(PREFIX + "trailing characters at line 1 column "), path);
        }
        assertTrue(server.post("/info", "{\"type\":\"meta\",\"type\":\"meta\"}").body()
                .startsWith(PREFIX + "duplicate field `type` at line 1 column "));
    }

    @Test
    void tooLarge() {
        DialectServer.Reply r = server.post("/exchange", new byte[DialectServer.BODY_LIMIT + 1]);
        assertEquals(413, r.status());
        assertTrue(r.contentType().startsWith("text/plain"));
        assertEquals(HyperliquidDialect.TOO_LARGE, r.body());
        assertEquals(413, server.post("/info", new byte[DialectServer.BODY_LIMIT + 1]).status());
    }

    @Test
    void ccxtSideCallsAreAcknowledgedWithoutTheEngine() {
        String before = world.engine.stateHash();
        String builder = "{\"action\":{\"hyperliquidChain\":\"Testnet\",\"signatureChainId\":\"0x66eee\",\"maxFeeRate\":\"0.01%\","
                + "\"builder\":\"0x6530512A6c89C7cfCEbC3BA7fcD9aDa5f30827a6\",\"nonce\":1700000000000,\"type\":\"approveBuilderFee\"},"
                + "\"nonce\":1700000000000,\"signature\":" + SIG + "}";
        assertOk(server.post("/exchange", builder));
        assertOk(server.post("/exchange", envelope("{\"type\":\"setReferrer\",\"code\":\"CCXT1\"}")));
        assertEquals(before, world.engine.stateHash());
    }
}
