package org.isomargin.journal;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A segment file, named {@code journal-<firstSequence, 20 digits>.log} so names sort by sequence. */
record Segment(Path path, long firstSequence) {

    private static final Pattern NAME = Pattern.compile("journal-(\\d{20})\\.log");

    static Segment in(Path dir, long firstSequence) {
        return new Segment(dir.resolve(String.format("journal-%020d.log", firstSequence)), firstSequence);
    }

    /** Returns the segment a file name denotes, or null for any other file. */
    static Segment parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return null;
        }
        try {
            return new Segment(file, Long.parseLong(m.group(1)));
        } catch (NumberFormatException beyondLong) {
            return null;
        }
    }
}
