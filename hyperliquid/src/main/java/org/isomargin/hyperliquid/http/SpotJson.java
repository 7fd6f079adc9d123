package org.isomargin.hyperliquid.http;

import java.nio.charset.StandardCharsets;

/**
 * Fixed spot metadata. Isomargin trades perps only, but NK's SymbolConverter throws on an empty spot universe or
 * token list and PY's Info constructor reads spotMeta (CLIENTS.md §4.3), so the testnet's canonical pair PURR/USDC
 * is listed, with USDC at token index 0. Nothing can be traded on it.
 */
final class SpotJson {

    private static final String TOKENS = "\"tokens\":["
            + "{\"name\":\"USDC\",\"szDecimals\":8,\"weiDecimals\":8,\"index\":0,"
            + "\"tokenId\":\"0x6d1e7cde53ba9467b783cb7c530ce054\",\"isCanonical\":true,\"evmContract\":null,"
            + "\"fullName\":null},"
            + "{\"name\":\"PURR\",\"szDecimals\":0,\"weiDecimals\":5,\"index\":1,"
            + "\"tokenId\":\"0xc1fb593aeffbeb02f85e0308e9956a90\",\"isCanonical\":true,\"evmContract\":null,"
            + "\"fullName\":null}]";
    private static final String UNIVERSE =
            "\"universe\":[{\"name\":\"PURR/USDC\",\"tokens\":[1,0],\"index\":0,\"isCanonical\":true}]";
    private static final String META = "{" + UNIVERSE + "," + TOKENS + "}";

    static final byte[] SPOT_META = bytes(META);
    static final byte[] SPOT_META_AND_CTXS = bytes("[" + META + ",[{\"prevDayPx\":\"1.0\",\"dayNtlVlm\":\"0.0\","
            + "\"markPx\":\"1.0\",\"midPx\":\"1.0\",\"circulatingSupply\":\"0.0\",\"coin\":\"PURR/USDC\","
            + "\"totalSupply\":\"0.0\",\"dayBaseVlm\":\"0.0\"}]]");
    /** Nobody holds spot tokens here. */
    static final byte[] EMPTY_SPOT_STATE = bytes("{\"balances\":[]}");

    private SpotJson() {
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.US_ASCII);
    }
}
