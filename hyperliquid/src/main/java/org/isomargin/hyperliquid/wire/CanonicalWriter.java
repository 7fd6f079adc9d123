package org.isomargin.hyperliquid.wire;

import java.io.IOException;

/**
 * Sink for an action's canonical form. The same walk ({@link CanonicalForm}) feeds msgpack for hashing and JSON
 * for request bodies, so what a client sends and what the server hashes cannot drift apart.
 */
public interface CanonicalWriter {

    /** Starts a map of exactly {@code size} entries (msgpack needs the count up front). */
    void beginMap(int size) throws IOException;

    void endMap() throws IOException;

    void beginArray(int size) throws IOException;

    void endArray() throws IOException;

    void key(String name) throws IOException;

    void string(String value) throws IOException;

    /** Integers are always written in their most compact integer form, never as floats (go-hyperliquid#151). */
    void integer(long value) throws IOException;

    void bool(boolean value) throws IOException;
}
