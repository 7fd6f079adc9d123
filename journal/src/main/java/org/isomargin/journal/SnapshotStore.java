package org.isomargin.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Engine snapshots, one file each ({@code snapshot-<lastSequence, 20 digits>.snap}), written
 * atomically: temp file, force, rename, directory fsync. Keeps the newest {@code keep} files.
 */
public final class SnapshotStore {

    public static final int DEFAULT_KEEP = 2;
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{20})\\.snap");
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int CHUNK = 1 << 20;   // heap writes above this make the JDK copy via huge temp buffers

    private record SnapshotFile(Path path, long sequence) {
    }

    private final Path dir;
    private final int keep;
    private final ChannelOpener opener;

    private SnapshotStore(Path dir, int keep, ChannelOpener opener) {
        this.dir = dir;
        this.keep = keep;
        this.opener = opener;
    }

    public static SnapshotStore open(Path dir) {
        return open(dir, DEFAULT_KEEP);
    }

    /** @throws JournalException if {@code dir} is not a writable directory */
    public static SnapshotStore open(Path dir, int keep) {
        return open(dir, keep, ChannelOpener.DEFAULT);
    }

    static SnapshotStore open(Path dir, int keep, ChannelOpener opener) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be >= 1: " + keep);
        }
        DataDirectory.ensureWritableDirectory(dir, "snapshot");
        return new SnapshotStore(dir, keep, opener);
    }

    /** Durably stores {@code state} as covering every record up to {@code lastSequence}. */
    public synchronized Path write(long lastSequence, byte[] state) {
        if (lastSequence < 0) {
            throw new IllegalArgumentException("lastSequence must be >= 0: " + lastSequence);
        }
        Path target = dir.resolve(String.format("snapshot-%020d.snap", lastSequence));
        Path temp = dir.resolve(target.getFileName() + TEMP_SUFFIX);
        try {
            writeFile(temp, lastSequence, state);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            DataDirectory.sync(dir);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw JournalErrors.io("cannot write snapshot", target, e);
        }
        prune();
        return target;
    }

    /** The newest snapshot whose checksum verifies; newer damaged ones are listed in the result. */
    public synchronized SnapshotLoad loadLatestValid() {
        List<CorruptSnapshot> skipped = new ArrayList<>();
        for (SnapshotFile file : newestFirst()) {
            try {
                return new SnapshotLoad(Optional.of(read(file)), skipped);
            } catch (SnapshotDamage damage) {
                skipped.add(new CorruptSnapshot(file.path(), damage.getMessage()));
            } catch (IOException e) {
                skipped.add(new CorruptSnapshot(file.path(), "unreadable: " + JournalErrors.reason(e)
                        + " (" + e.getMessage() + ")"));
            }
        }
        return new SnapshotLoad(Optional.empty(), skipped);
    }

    /**
     * Highest sequence the journal may delete up to while still letting every retained snapshot be
     * replayed: the oldest retained snapshot's sequence, or {@link CommandLog#NO_SEQUENCE} while
     * fewer than {@code keep} exist (falling back to the empty state needs the whole journal).
     */
    public synchronized long journalRetentionFloor() {
        List<SnapshotFile> files = newestFirst();
        return files.size() < keep ? CommandLog.NO_SEQUENCE : files.get(keep - 1).sequence();
    }

    public Path directory() {
        return dir;
    }

    private void writeFile(Path temp, long lastSequence, byte[] state) throws IOException {
        try (FileChannel channel = opener.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer header = SnapshotFormat.header(lastSequence, state);
            while (header.hasRemaining()) {
                channel.write(header);
            }
            for (int offset = 0; offset < state.length; offset += CHUNK) {
                ByteBuffer chunk = ByteBuffer.wrap(state, offset, Math.min(CHUNK, state.length - offset));
                while (chunk.hasRemaining()) {
                    channel.write(chunk);
                }
            }
            channel.force(true);
        }
    }

    private static Snapshot read(SnapshotFile file) throws IOException {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(SnapshotFormat.HEADER_BYTES);
            readFully(channel, header);
            String problem = SnapshotFormat.headerProblem(header.flip(), file.sequence(), size);
            if (problem != null) {
                throw new SnapshotDamage(problem);
            }
            byte[] state = new byte[(int) SnapshotFormat.stateLength(header)];
            for (int offset = 0; offset < state.length; offset += CHUNK) {
                readFully(channel, ByteBuffer.wrap(state, offset, Math.min(CHUNK, state.length - offset)));
            }
            if (!SnapshotFormat.checksumMatches(header, state)) {
                throw new SnapshotDamage("checksum mismatch");
            }
            return new Snapshot(file.sequence(), state, file.path());
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining() && channel.read(buf) > 0) {
            // a short read only happens at end of file, which the length check already excluded
        }
    }

    /** Drops snapshots beyond the newest {@code keep} and temp files left by a crash mid-write. */
    private void prune() {
        List<Path> doomed = new ArrayList<>();
        List<SnapshotFile> files = newestFirst();
        files.stream().skip(keep).map(SnapshotFile::path).forEach(doomed::add);
        try (Stream<Path> all = Files.list(dir)) {
            all.filter(p -> p.getFileName().toString().endsWith(".snap" + TEMP_SUFFIX)).forEach(doomed::add);
        } catch (IOException e) {
            throw JournalErrors.io("snapshot written, but cannot list for pruning", dir, e);
        }
        try {
            for (Path path : doomed) {
                Files.deleteIfExists(path);
            }
            if (!doomed.isEmpty()) {
                DataDirectory.sync(dir);
            }
        } catch (IOException e) {
            throw JournalErrors.io("snapshot written, but cannot prune old snapshots in", dir, e);
        }
    }

    private List<SnapshotFile> newestFirst() {
        try (Stream<Path> all = Files.list(dir)) {
            List<SnapshotFile> files = new ArrayList<>();
            all.forEach(path -> {
                Matcher m = NAME.matcher(path.getFileName().toString());
                if (m.matches() && m.group(1).compareTo("09223372036854775807") <= 0) {
                    files.add(new SnapshotFile(path, Long.parseLong(m.group(1))));
                }
            });
            files.sort(Comparator.comparingLong(SnapshotFile::sequence).reversed());
            return files;
        } catch (IOException e) {
            throw JournalErrors.io("cannot list snapshot directory", dir, e);
        }
    }

    /** A snapshot that fails verification: reported and skipped, never loaded. */
    private static final class SnapshotDamage extends IOException {
        private static final long serialVersionUID = 1L;

        SnapshotDamage(String problem) {
            super(problem);
        }
    }
}
