package org.isomargin.engine.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Instance ids and the id prefix derived from them. The prefix is 31 bits of SHA-256(id), never 0: Bybit ids
 * are {@code prefix << 32 | counter}, positive (the wire form of an id ≤ 0 is ""), distinct from the bare
 * counters of an unnamed instance, and two instances share a prefix only if their hashes collide (2^-31 for a
 * pair of random ids). This holds while a counter is below 2^32 (4.29 billion orders or executions in one data
 * dir); that bound is not enforced, and ids past it could meet ids of another instance (docs/durability.md).
 */
public final class InstanceIds {
    private static final int MAX_LENGTH = 64;

    private InstanceIds() {}

    /** 1 to 64 characters of letters, digits, '-', '_' or '.' (a UUID fits). */
    public static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) return false;
        for (int i = 0; i < id.length(); i++) {
            char ch = id.charAt(i);
            boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.';
            if (!ok) return false;
        }
        return true;
    }

    static long prefix(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long p = ((h[0] & 0x7FL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return p == 0 ? 1 : p;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
