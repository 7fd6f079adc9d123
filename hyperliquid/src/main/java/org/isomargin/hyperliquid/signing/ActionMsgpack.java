package org.isomargin.hyperliquid.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.isomargin.hyperliquid.wire.CanonicalForm;
import org.isomargin.hyperliquid.wire.CanonicalWriter;
import org.isomargin.hyperliquid.wire.L1Action;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

/**
 * Canonical msgpack of an L1 action (hyperliquid.md §2.2): fixmap headers, fixstr/str8 strings, the most compact
 * integer form (msgpack-java's packLong), booleans as c2/c3. Byte-identical to Python's msgpack.packb and rmp_serde.
 */
public final class ActionMsgpack {

    // Actions are tiny; a 256-byte first buffer avoids msgpack-java's 8 KiB default on the hot path.
    private static final MessagePack.PackerConfig CONFIG = new MessagePack.PackerConfig().withBufferSize(256);

    private ActionMsgpack() {
    }

    public static byte[] encode(L1Action action) {
        try (MessageBufferPacker packer = CONFIG.newBufferPacker()) {
            CanonicalForm.write(action, new MsgpackWriter(packer));
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory buffer: cannot happen
        }
    }

    /** msgpack side of the canonical walk; container ends are implicit in msgpack. */
    private static final class MsgpackWriter implements CanonicalWriter {
        private final MessagePacker p;

        MsgpackWriter(MessagePacker p) {
            this.p = p;
        }

        @Override
        public void beginMap(int size) throws IOException {
            p.packMapHeader(size);
        }

        @Override
        public void endMap() {
        }

        @Override
        public void beginArray(int size) throws IOException {
            p.packArrayHeader(size);
        }

        @Override
        public void endArray() {
        }

        @Override
        public void key(String name) throws IOException {
            p.packString(name);
        }

        @Override
        public void string(String value) throws IOException {
            p.packString(value);
        }

        @Override
        public void integer(long value) throws IOException {
            p.packLong(value);
        }

        @Override
        public void bool(boolean value) throws IOException {
            p.packBoolean(value);
        }
    }
}
