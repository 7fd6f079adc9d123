package org.isomargin.journal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns low-level I/O failures into messages an operator can act on without a stack trace. */
final class JournalErrors {

    private JournalErrors() {
    }

    /** E.g. "cannot create journal segment /d/x.log: no space left on device (disk full) [...]". */
    static JournalException io(String action, Path path, Throwable cause) {
        return new JournalException(action + " " + path + ": " + reason(cause)
                + " [" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "]", cause);
    }

    static String reason(Throwable cause) {
        String text = detail(cause).toLowerCase(Locale.ROOT);
        if (text.contains("no space left")) {
            return "no space left on device (disk full)";
        }
        if (text.contains("disk quota")) {
            return "disk quota exceeded";
        }
        if (text.contains("read-only file system")) {
            return "read-only file system";
        }
        if (cause instanceof AccessDeniedException || text.contains("permission denied")) {
            return "permission denied";
        }
        if (cause instanceof NotDirectoryException || text.contains("not a directory")) {
            return "not a directory (a path component is a regular file)";
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return "I/O error";
    }

    private static String detail(Throwable cause) {
        if (cause instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(cause.getMessage());
    }
}
