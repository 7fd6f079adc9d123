package org.isomargin.journal;

import java.util.List;

/**
 * The verified on-disk state handed from recovery to the writer.
 *
 * @param tailOffset where the next record goes in the last segment; 0 means its header is rewritten
 */
record RecoveredJournal(List<Segment> segments, long lastSequence, long tailOffset, RecoveryReport report) {
}
