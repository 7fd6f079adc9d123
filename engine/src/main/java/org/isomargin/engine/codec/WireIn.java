package org.isomargin.engine.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reader matching {@link WireOut}; any malformed input surfaces as {@link IllegalArgumentException}. */
final class WireIn {
    private final ByteBuffer in;

    WireIn(byte[] b) { in = ByteBuffer.wrap(b); }

    int i8() { try { return in.get(); } catch (BufferUnderflowException e) { throw truncated(); } }

    boolean bool() { return i8() != 0; }

    int i32() { try { return in.getInt(); } catch (BufferUnderflowException e) { throw truncated(); } }

    long i64() { try { return in.getLong(); } catch (BufferUnderflowException e) { throw truncated(); } }

    String str() {
        if (i8() == 0) return null;
        int n = i32();
        if (n < 0 || n > in.remaining()) throw truncated();
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    BigDecimal dec() {
        if (i8() == 0) return null;
        int scale = i32();
        int n = i32();
        if (n < 0 || n > in.remaining()) throw truncated();
        byte[] b = new byte[n];
        in.get(b);
        return new BigDecimal(new BigInteger(b), scale);
    }

    Long nullableLong() { return bool() ? i64() : null; }

    boolean atEnd() { return !in.hasRemaining(); }

    private static IllegalArgumentException truncated() { return new IllegalArgumentException("truncated record"); }
}
