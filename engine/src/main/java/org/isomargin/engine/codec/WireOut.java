package org.isomargin.engine.codec;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Binary writer shared by the command and snapshot codecs: nullable decimals and strings, compact and exact. */
final class WireOut {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    WireOut i8(int v) {
        try { out.writeByte(v); } catch (IOException e) { throw new UncheckedIOException(e); }
        return this;
    }

    WireOut bool(boolean v) { return i8(v ? 1 : 0); }

    WireOut i32(int v) {
        try { out.writeInt(v); } catch (IOException e) { throw new UncheckedIOException(e); }
        return this;
    }

    WireOut i64(long v) {
        try { out.writeLong(v); } catch (IOException e) { throw new UncheckedIOException(e); }
        return this;
    }

    WireOut str(String s) {
        try {
            if (s == null) { out.writeByte(0); return this; }
            out.writeByte(1);
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException e) { throw new UncheckedIOException(e); }
        return this;
    }

    /** Unscaled value and scale: the exact decimal, trailing zeros included (they matter for display). */
    WireOut dec(BigDecimal d) {
        try {
            if (d == null) { out.writeByte(0); return this; }
            out.writeByte(1);
            out.writeInt(d.scale());
            byte[] b = d.unscaledValue().toByteArray();
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException e) { throw new UncheckedIOException(e); }
        return this;
    }

    WireOut nullableLong(Long v) {
        bool(v != null);
        if (v != null) i64(v);
        return this;
    }

    byte[] toBytes() { return bytes.toByteArray(); }
}
