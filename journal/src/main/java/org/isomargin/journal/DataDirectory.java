package org.isomargin.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The journal's directory: validated, exclusively locked (two writers would interleave records)
 * and checked for free space before anything is written.
 */
final class DataDirectory implements AutoCloseable {

    static final String LOCK_FILE = "journal.lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static DataDirectory open(Path dir, ChannelOpener opener, long minFreeBytes) {
        ensureWritableDirectory(dir, "journal");
        Path lockFile = dir.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = opener.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw JournalErrors.io("cannot create journal lock file", lockFile, e);
        }
        try {
            FileLock lock = tryLock(channel, dir);
            checkFreeSpace(dir, minFreeBytes);
            return new DataDirectory(dir, channel, lock);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Creates the directory if needed; fails clearly when it is a file, unwritable or read-only. */
    static void ensureWritableDirectory(Path dir, String role) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new JournalException(role + " data directory " + dir + " is not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw JournalErrors.io("cannot create " + role + " data directory", dir, e);
        }
        if (!Files.isWritable(dir)) {
            throw new JournalException(role + " data directory " + dir
                    + " is not writable (read-only file system or missing write permission)");
        }
    }

    /** fsync the directory so file creations, renames and deletions survive a crash. */
    static void sync(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    Path path() {
        return dir;
    }

    Path lockFile() {
        return dir.resolve(LOCK_FILE);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock anyway
        }
        closeQuietly(lockChannel);
    }

    private static FileLock tryLock(FileChannel channel, Path dir) {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new JournalException("journal data directory " + dir + " is in use by another process");
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new JournalException("journal data directory " + dir + " is already open in this process", e);
        } catch (IOException e) {
            throw JournalErrors.io("cannot lock journal data directory", dir, e);
        }
    }

    private static void checkFreeSpace(Path dir, long minFreeBytes) {
        if (minFreeBytes == 0) {
            return;
        }
        try {
            long usable = Files.getFileStore(dir).getUsableSpace();
            if (usable < minFreeBytes) {
                throw new JournalException("journal data directory " + dir + " has only " + usable
                        + " bytes free, needs at least " + minFreeBytes + " (disk full?)");
            }
        } catch (IOException e) {
            throw JournalErrors.io("cannot read free space of journal data directory", dir, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing useful to do: we are already failing or shutting down
        }
    }
}
