package org.isomargin.journal;

import java.util.List;

/**
 * The verified on-disk state handed from recovery to the writer.
 *
 * @param lastSequence    the last sequence handed out before: the writer continues at the next one
 * @param tailOffset      where the next record goes in the last segment; 0 means its header is rewritten
 * @param newSegment      the writer starts a new segment at {@code lastSequence + 1} (the journal ended below a
 *                        snapshot, so it continues after the snapshot instead of reusing sequences)
 */
record RecoveredJournal(List<Segment> segments, long lastSequence, long tailOffset, boolean newSegment,
                        RecoveryReport report) {
}
