package org.isomargin.journal;

import java.nio.file.Path;

/** Damage that is not a torn tail: recovery stops here rather than skip acknowledged records. */
public final class JournalCorruptedException extends JournalException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;

    public JournalCorruptedException(Path file, long offset, String problem) {
        super("journal corrupted in " + file + " at byte offset " + offset + ": " + problem);
        this.file = file;
        this.offset = offset;
    }

    public Path file() {
        return file;
    }

    public long offset() {
        return offset;
    }
}
