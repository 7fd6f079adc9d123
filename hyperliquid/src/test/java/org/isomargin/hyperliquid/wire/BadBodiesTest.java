package org.isomargin.hyperliquid.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that do not fit the schema: each must become a WireFormatException carrying axum's 422 text. */
class BadBodiesTest {

    private static final String PREFIX = "Failed to deserialize the JSON body into the target type: ";
    private static final String UIM = "{\"type\":\"updateIsolatedMargin\",\"asset\":0,\"isBuy\":true,\"ntli\":1000000}";
    private static final String SIG = "{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27}";

    private static String envelope(String action) {
        return "{\"action\":" + action + ",\"nonce\":1700000000000,\"signature\":" + SIG + "}";
    }

    private static String withSignature(String signature) {
        return "{\"action\":" + UIM + ",\"nonce\":1700000000000,\"signature\":" + signature + "}";
    }

    private static String withTail(String tail) {
        return "{\"action\":" + UIM + ",\"nonce\":1700000000000,\"signature\":" + SIG + tail + "}";
    }

    private static String order(String orderJson, String rest) {
        return envelope("{\"type\":\"order\",\"orders\":[" + orderJson + "]" + rest + "}");
    }

    private static final String GOOD_ORDER = "{\"a\":0,\"b\":true,\"p\":\"1\",\"s\":\"1\",\"r\":false,"
            + "\"t\":{\"limit\":{\"tif\":\"Gtc\"}}}";

    static Stream<Arguments> badBodies() {
        return Stream.of(
                // not JSON, or not a single JSON object
                bad("empty body", ""),
                bad("not json", "hello"),
                bad("truncated", "{\"action\":"),
                bad("array root", "[]"),
                bad("null root", "null"),
                bad("trailing garbage", envelope(UIM) + "x"),
                bad("two documents", envelope(UIM) + envelope(UIM)),
                bad("single quotes", envelope(UIM).replace('"', '\'')),
                bad("duplicate key", envelope("{\"type\":\"updateIsolatedMargin\",\"asset\":0,\"asset\":1,"
                        + "\"isBuy\":true,\"ntli\":1}")),
                // envelope
                bad("missing action", "{\"nonce\":1,\"signature\":" + SIG + "}"),
                bad("null action", envelope("null")),
                bad("action is a string", envelope("\"updateIsolatedMargin\"")),
                bad("missing nonce", "{\"action\":" + UIM + ",\"signature\":" + SIG + "}"),
                bad("negative nonce", envelope(UIM).replace("1700000000000", "-1")),
                bad("fractional nonce", envelope(UIM).replace("1700000000000", "1700000000000.5")),
                bad("exponent nonce", envelope(UIM).replace("1700000000000", "1.7e12")),
                bad("string nonce", envelope(UIM).replace("1700000000000", "\"1700000000000\"")),
                bad("nonce beyond u64", envelope(UIM).replace("1700000000000", "18446744073709551616")),
                bad("missing signature", "{\"action\":" + UIM + ",\"nonce\":1}"),
                bad("null signature", withSignature("null")),
                bad("signature is a string", withSignature("\"0xabc\"")),
                bad("missing r", withSignature("{\"s\":\"0x2\",\"v\":27}")),
                bad("missing v", withSignature("{\"r\":\"0x1\",\"s\":\"0x2\"}")),
                bad("r not hex", withSignature("{\"r\":\"0xzz\",\"s\":\"0x2\",\"v\":27}")),
                bad("r empty", withSignature("{\"r\":\"0x\",\"s\":\"0x2\",\"v\":27}")),
                bad("r signed", withSignature("{\"r\":\"-0x1\",\"s\":\"0x2\",\"v\":27}")),
                bad("r 65 digits", withSignature("{\"r\":\"0x1" + "0".repeat(64) + "\",\"s\":\"0x2\",\"v\":27}")),
                bad("r number", withSignature("{\"r\":1,\"s\":\"0x2\",\"v\":27}")),
                bad("s not hex", withSignature("{\"r\":\"0x1\",\"s\":\"0xg\",\"v\":27}")),
                bad("v string", withSignature("{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":\"27\"}")),
                bad("v fractional", withSignature("{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":27.5}")),
                bad("v negative", withSignature("{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":-1}")),
                bad("v above u8", withSignature("{\"r\":\"0x1\",\"s\":\"0x2\",\"v\":256}")),
                bad("vault too short", withTail(",\"vaultAddress\":\"0x1234\"")),
                bad("vault not hex", withTail(",\"vaultAddress\":\"0x" + "z".repeat(40) + "\"")),
                bad("vault number", withTail(",\"vaultAddress\":1")),
                bad("expiresAfter negative", withTail(",\"expiresAfter\":-1")),
                bad("expiresAfter string", withTail(",\"expiresAfter\":\"1700000060000\"")),
                // action tag
                bad("unknown type", envelope("{\"type\":\"foo\"}")),
                bad("missing type", envelope("{\"asset\":0,\"isBuy\":true,\"ntli\":1}")),
                bad("numeric type", envelope("{\"type\":1}")),
                bad("wrong-case type", envelope(UIM.replace("updateIsolatedMargin", "UpdateIsolatedMargin"))),
                // updateIsolatedMargin
                bad("negative asset", envelope(UIM.replace("\"asset\":0", "\"asset\":-1"))),
                bad("fractional asset", envelope(UIM.replace("\"asset\":0", "\"asset\":1.5"))),
                bad("whole float asset", envelope(UIM.replace("\"asset\":0", "\"asset\":1.0"))),
                bad("string asset", envelope(UIM.replace("\"asset\":0", "\"asset\":\"0\""))),
                bad("asset above u32", envelope(UIM.replace("\"asset\":0", "\"asset\":4294967296"))),
                bad("null asset", envelope(UIM.replace("\"asset\":0", "\"asset\":null"))),
                bad("missing asset", envelope(UIM.replace("\"asset\":0,", ""))),
                bad("string isBuy", envelope(UIM.replace("\"isBuy\":true", "\"isBuy\":\"true\""))),
                bad("numeric isBuy", envelope(UIM.replace("\"isBuy\":true", "\"isBuy\":1"))),
                bad("missing isBuy", envelope(UIM.replace("\"isBuy\":true,", ""))),
                bad("fractional ntli", envelope(UIM.replace("1000000", "1000000.5"))),
                bad("float ntli", envelope(UIM.replace("1000000", "1.0"))),
                bad("string ntli", envelope(UIM.replace("1000000", "\"1000000\""))),
                bad("ntli beyond i64", envelope(UIM.replace("1000000", "9223372036854775808"))),
                bad("missing ntli", envelope(UIM.replace(",\"ntli\":1000000", ""))),
                // topUpIsolatedOnlyMargin
                bad("numeric leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":5}")),
                bad("non-numeric leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":\"abc\"}")),
                bad("negative leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":\"-1\"}")),
                bad("exponent leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":\"1e3\"}")),
                bad("empty leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":\"\"}")),
                bad("dangling dot leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":\"5.\"}")),
                bad("missing leverage", envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5}")),
                // updateLeverage
                bad("string leverage int", envelope("{\"type\":\"updateLeverage\",\"asset\":0,\"isCross\":false,\"leverage\":\"10\"}")),
                bad("fractional leverage int", envelope("{\"type\":\"updateLeverage\",\"asset\":0,\"isCross\":false,\"leverage\":2.5}")),
                bad("missing isCross", envelope("{\"type\":\"updateLeverage\",\"asset\":0,\"leverage\":10}")),
                // order
                bad("orders not an array", envelope("{\"type\":\"order\",\"orders\":{},\"grouping\":\"na\"}")),
                bad("unknown grouping", order(GOOD_ORDER, ",\"grouping\":\"xx\"")),
                bad("missing grouping", order(GOOD_ORDER, "")),
                bad("bad price", order(GOOD_ORDER.replace("\"p\":\"1\"", "\"p\":\"25.2.0\""), ",\"grouping\":\"na\"")),
                bad("numeric price", order(GOOD_ORDER.replace("\"p\":\"1\"", "\"p\":25.2"), ",\"grouping\":\"na\"")),
                bad("unknown tif", order(GOOD_ORDER.replace("Gtc", "Day"), ",\"grouping\":\"na\"")),
                bad("empty order type", order(GOOD_ORDER.replace("{\"limit\":{\"tif\":\"Gtc\"}}", "{}"), ",\"grouping\":\"na\"")),
                bad("limit and trigger", order(GOOD_ORDER.replace("{\"limit\":{\"tif\":\"Gtc\"}}",
                        "{\"limit\":{\"tif\":\"Gtc\"},\"trigger\":{\"isMarket\":true,\"triggerPx\":\"1\",\"tpsl\":\"tp\"}}"),
                        ",\"grouping\":\"na\"")),
                bad("unknown tpsl", order(GOOD_ORDER.replace("{\"limit\":{\"tif\":\"Gtc\"}}",
                        "{\"trigger\":{\"isMarket\":true,\"triggerPx\":\"1\",\"tpsl\":\"x\"}}"), ",\"grouping\":\"na\"")),
                bad("short cloid", order(GOOD_ORDER.replace("}}}", "}},\"c\":\"0x1234\"}"), ",\"grouping\":\"na\"")),
                bad("builder without fee", order(GOOD_ORDER, ",\"grouping\":\"na\",\"builder\":{\"b\":\"0x"
                        + "1".repeat(40) + "\"}")),
                // cancel
                bad("negative oid", envelope("{\"type\":\"cancel\",\"cancels\":[{\"a\":0,\"o\":-1}]}")),
                bad("missing cancels", envelope("{\"type\":\"cancel\"}")),
                // approveAgent
                bad("bad agent address", envelope("{\"type\":\"approveAgent\",\"hyperliquidChain\":\"Testnet\","
                        + "\"signatureChainId\":\"0x66eee\",\"agentAddress\":\"0x1\",\"nonce\":1}")),
                bad("bad signatureChainId", envelope("{\"type\":\"approveAgent\",\"hyperliquidChain\":\"Testnet\","
                        + "\"signatureChainId\":\"0xzz\",\"agentAddress\":\"0x" + "1".repeat(40) + "\",\"nonce\":1}")),
                bad("approveAgent without nonce", envelope("{\"type\":\"approveAgent\",\"hyperliquidChain\":\"Testnet\","
                        + "\"signatureChainId\":\"0x66eee\",\"agentAddress\":\"0x" + "1".repeat(40) + "\"}")));
    }

    private static Arguments bad(String name, String body) {
        return Arguments.of(name, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void rejectedWithAxumText(String name, String body) {
        WireFormatException e = assertThrows(WireFormatException.class, () -> ExchangeRequestParser.parse(body));

        assertTrue(e.getMessage().startsWith(PREFIX), e.getMessage());
        assertTrue(!e.detail().isBlank(), "detail present");
    }

    @Test
    void detailsReadLikeSerde() {
        assertEquals("action: unknown variant `foo`, expected one of `updateIsolatedMargin`, "
                + "`topUpIsolatedOnlyMargin`, `updateLeverage`, `order`, `cancel`, `noop`, `approveAgent`",
                detail(envelope("{\"type\":\"foo\"}")));
        assertEquals("action.asset: invalid value: integer `-1`, expected u32",
                detail(envelope(UIM.replace("\"asset\":0", "\"asset\":-1"))));
        assertEquals("action.ntli: invalid type: floating point `1.50`, expected i64",
                detail(envelope(UIM.replace("1000000", "1.50"))));
        assertEquals("action: missing field `isBuy`", detail(envelope(UIM.replace("\"isBuy\":true,", ""))));
        assertEquals("missing field `nonce`", detail("{\"action\":" + UIM + ",\"signature\":" + SIG + "}"));
        assertEquals("action.leverage: invalid value: string \"abc\", expected a decimal string",
                detail(envelope("{\"type\":\"topUpIsolatedOnlyMargin\",\"asset\":5,\"leverage\":\"abc\"}")));
        assertEquals("invalid type: sequence, expected struct ExchangeRequest", detail("[]"));
    }

    @Test
    void malformedJsonIsFlaggedSoTheHttpLayerCanChoose400() {
        WireFormatException syntax = assertThrows(WireFormatException.class, () -> ExchangeRequestParser.parse("{"));
        WireFormatException schema = assertThrows(WireFormatException.class,
                () -> ExchangeRequestParser.parse(envelope("{\"type\":\"foo\"}")));

        assertTrue(syntax.malformedJson());
        assertTrue(!schema.malformedJson());
    }

    private static String detail(String body) {
        return assertThrows(WireFormatException.class, () -> ExchangeRequestParser.parse(body)).detail();
    }
}
