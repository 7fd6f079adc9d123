package org.isomargin.hyperliquid.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

/**
 * Test-only generic msgpack of ordered maps, the way Python's msgpack.packb sees a dict: used for actions we have
 * no typed record for (dummy, createSubAccount, …) and for deliberately wrong key orders.
 */
public final class OrderedMsgpack {

    private OrderedMsgpack() {
    }

    /** An insertion-ordered map from alternating keys and values. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static byte[] encode(Object value) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            pack(packer, value);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pack(MessagePacker p, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            p.packMapHeader(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                p.packString((String) e.getKey());
                pack(p, e.getValue());
            }
        } else if (value instanceof List<?> list) {
            p.packArrayHeader(list.size());
            for (Object item : list) {
                pack(p, item);
            }
        } else if (value instanceof String s) {
            p.packString(s);
        } else if (value instanceof Boolean b) {
            p.packBoolean(b);
        } else if (value instanceof Number n) {
            p.packLong(n.longValue());
        } else {
            throw new IllegalArgumentException("unsupported " + value);
        }
    }
}
