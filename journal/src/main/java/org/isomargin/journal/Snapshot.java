package org.isomargin.journal;

import java.nio.file.Path;

/** A verified engine snapshot: {@code state} reflects every record up to {@code lastSequence}. */
public record Snapshot(long lastSequence, byte[] state, Path file) {
}
