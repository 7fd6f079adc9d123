package org.isomargin.journal;

import java.nio.file.Path;

/**
 * What {@link LocalJournal#open} found on disk.
 *
 * @param truncatedFile   the segment whose torn tail was cut, or null when nothing was truncated
 * @param continuedAfter  the snapshot sequence the journal was continued after because it ended below it
 *                        (records lost from the journal's end, but contained in the snapshot), or
 *                        {@link CommandLog#NO_SEQUENCE}
 */
public record RecoveryReport(int segments, long records, long lastSequence,
                             long truncatedBytes, Path truncatedFile, long elapsedMs, long continuedAfter) {

    public RecoveryReport(int segments, long records, long lastSequence, long truncatedBytes, Path truncatedFile,
                          long elapsedMs) {
        this(segments, records, lastSequence, truncatedBytes, truncatedFile, elapsedMs, CommandLog.NO_SEQUENCE);
    }

    /** True when the journal ended below the snapshot and new records start after the snapshot's sequence. */
    public boolean continuedAfterSnapshot() {
        return continuedAfter != CommandLog.NO_SEQUENCE;
    }

    public boolean truncated() {
        return truncatedFile != null;
    }

    @Override
    public String toString() {
        String tail = truncated()
                ? ", truncated torn tail of " + truncatedBytes + " bytes in " + truncatedFile
                : ", no torn tail";
        String continued = continuedAfterSnapshot()
                ? "; WARNING: the journal ends at " + lastSequence + " but the snapshot covers " + continuedAfter
                + ": records " + (lastSequence + 1) + ".." + continuedAfter
                + " exist only in that snapshot; new records continue at " + (continuedAfter + 1) + " in a new segment"
                : "";
        return "journal recovered " + records + " records in " + segments + " segments, last sequence "
                + lastSequence + tail + ", " + elapsedMs + " ms" + continued;
    }
}
