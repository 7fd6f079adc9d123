package org.isomargin.bybit.http;

import java.util.UUID;

/**
 * Bybit shows order and execution ids as UUIDs. Ours are derived from the engine's numeric ids by a fixed
 * bijective mix, so the same order always has the same id and two orders never share one.
 */
final class WireIds {
    private static final long ORDER_SALT = 0x6f72646572496453L;
    private static final long EXEC_SALT = 0x6578656349645374L;

    private WireIds() {}

    static String orderId(long id) { return id <= 0 ? "" : uuid(id, ORDER_SALT); }

    static String execId(long id) { return uuid(id, EXEC_SALT); }

    /** v's top 60 bits fill the high word around the version nibble; its low 4 bits end the low word: unique. */
    private static String uuid(long id, long salt) {
        long v = mix(id ^ salt);
        long top = v >>> 4;
        long hi = ((top >>> 12) << 16) | 0x4000L | (top & 0xFFFL);
        long lo = 0x8000000000000000L | (mix(v) & 0x3FFFFFFFFFFFFFF0L) | (v & 0xFL);
        return new UUID(hi, lo).toString();
    }

    /** SplitMix64's finaliser: a bijection on 64-bit values that scatters neighbouring ids. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
