package org.isomargin.journal;

import java.nio.file.Path;

/** A snapshot file that failed verification and was passed over, with the reason. */
public record CorruptSnapshot(Path file, String problem) {
}
