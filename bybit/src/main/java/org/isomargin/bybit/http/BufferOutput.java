package org.isomargin.bybit.http;

import io.vertx.core.buffer.Buffer;
import java.io.OutputStream;

/** Lets Jackson write straight into the response Buffer, so the JSON bytes are copied once. */
final class BufferOutput extends OutputStream {
    private final Buffer buffer;

    BufferOutput(Buffer buffer) { this.buffer = buffer; }

    @Override
    public void write(int b) { buffer.appendByte((byte) b); }

    @Override
    public void write(byte[] b, int off, int len) { buffer.appendBytes(b, off, len); }
}
