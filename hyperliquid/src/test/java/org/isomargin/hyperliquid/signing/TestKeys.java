package org.isomargin.hyperliquid.signing;

import java.math.BigInteger;

/** Keys and addresses of hyperliquid.md §2.5, shared by the vector tests. */
public final class TestKeys {

    /** Official Python SDK test key (tests/signing_test.py); also the key of the margin vectors A–I. */
    public static final String PY_KEY = "0x0123456789012345678901234567890123456789012345678901234567890123";
    public static final String PY_ADDRESS = "0x14791697260e4c9a71f18484c9f997b308e59325";

    public static final String NK_KEY = "0x822e9959e022b78423eb653a62ea0020cd283e71a2a8133a6ff2aeffaf373cff";
    public static final String NK_ADDRESS = "0xe5ca49fb3bd9a581f0d1ef9cb5d7177da08bf901";

    public static final String RS_KEY = "e908f86dbb4d55ac876378565aafeabc187f6690f046459397b17d9b9a19688e";

    public static final String AGENT_KEY = "0x0000000000000000000000000000000000000000000000000000000000000002";
    public static final String AGENT_ADDRESS = "0x2b5ad5c4795c026514f8317c7a215e218dccd6cf";

    public static final String VAULT = "0x1719884eb866cb12b2287399b15f7db5e7d775ea";
    public static final long NONCE = 1_700_000_000_000L;
    public static final long EXPIRES = 1_700_000_060_000L;

    private TestKeys() {
    }

    /** Hex (any length, {@code 0x} optional) as an unsigned integer. */
    public static BigInteger big(String hex) {
        return new BigInteger(hex.startsWith("0x") ? hex.substring(2) : hex, 16);
    }
}
