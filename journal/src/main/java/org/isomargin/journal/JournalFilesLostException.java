package org.isomargin.journal;

/** The journal's files were deleted or replaced under the running process: nothing written is durable. */
public class JournalFilesLostException extends JournalException {
    private static final long serialVersionUID = 1L;

    public JournalFilesLostException(String message) {
        super(message);
    }
}
