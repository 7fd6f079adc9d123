package org.isomargin.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Remembers which files the journal has open (lock file, active segment) by their file key (device and
 * inode on Linux) and tells when a path no longer names that file: the data directory was deleted,
 * moved or replaced under the running process. Writes then still succeed but land in unlinked files, so
 * nothing written from then on is durable in any useful sense.
 */
final class FileWatch {

    private record Watched(Path path, Object key) {
    }

    private volatile Watched lock;
    private volatile Watched segment;

    void lockFile(Path path) throws IOException {
        lock = new Watched(path, key(path));
    }

    void segment(Path path) throws IOException {
        segment = new Watched(path, key(path));
    }

    /** Throws {@link JournalFilesLostException} when a watched path is gone or names another file now. */
    void verify() {
        verify(lock, "lock file");
        verify(segment, "open segment");
    }

    private static void verify(Watched w, String role) {
        if (w == null) {
            return;
        }
        Object now;
        try {
            now = key(w.path());
        } catch (NoSuchFileException e) {
            throw new JournalFilesLostException("the journal's " + role + " " + w.path()
                    + " was deleted while the server was running (data directory removed or moved?)");
        } catch (IOException e) {
            throw JournalErrors.io("cannot check the journal's " + role, w.path(), e);
        }
        // Without file keys (some file systems) existence is all we can check.
        if (w.key() != null && !Objects.equals(w.key(), now)) {
            throw new JournalFilesLostException("the journal's " + role + " " + w.path()
                    + " was replaced by another file while the server was running");
        }
    }

    private static Object key(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }
}
