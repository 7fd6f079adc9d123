package org.isomargin.journal;

import java.util.concurrent.CompletableFuture;

/** An append (or a barrier marker, payload null) waiting for the writer thread. */
record PendingAppend(long sequence, long timestampMs, byte[] payload, CompletableFuture<Long> future) {

    boolean isBarrier() {
        return payload == null;
    }
}
