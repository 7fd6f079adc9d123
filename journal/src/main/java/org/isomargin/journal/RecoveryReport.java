package org.isomargin.journal;

import java.nio.file.Path;

/**
 * What {@link LocalJournal#open} found on disk.
 *
 * @param truncatedFile the segment whose torn tail was cut, or null when nothing was truncated
 */
public record RecoveryReport(int segments, long records, long lastSequence,
                             long truncatedBytes, Path truncatedFile, long elapsedMs) {

    public boolean truncated() {
        return truncatedFile != null;
    }

    @Override
    public String toString() {
        String tail = truncated()
                ? ", truncated torn tail of " + truncatedBytes + " bytes in " + truncatedFile
                : ", no torn tail";
        return "journal recovered " + records + " records in " + segments + " segments, last sequence "
                + lastSequence + tail + ", " + elapsedMs + " ms";
    }
}
