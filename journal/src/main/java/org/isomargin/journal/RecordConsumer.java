package org.isomargin.journal;

/** Receives replayed records in sequence order; the payload array is the consumer's to keep. */
@FunctionalInterface
public interface RecordConsumer {
    void accept(long sequence, long timestampMs, byte[] payload);
}
