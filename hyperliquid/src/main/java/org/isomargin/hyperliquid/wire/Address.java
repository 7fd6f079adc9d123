package org.isomargin.hyperliquid.wire;

/** 20-byte EVM addresses in their canonical text form: lowercase, {@code 0x}-prefixed (how Hyperliquid prints them). */
public final class Address {

    public static final String ZERO = "0x0000000000000000000000000000000000000000";

    private Address() {
    }

    /** Accepts any case, with or without {@code 0x} (ccxt strips it, PY may send EIP-55 checksums). */
    public static String normalize(String text) {
        return Hex.normalizeFixed(text, 20, "address");
    }

    /** The 20 raw bytes of an address in any accepted form. */
    public static byte[] toBytes(String address) {
        return Hex.decode(normalize(address));
    }
}
