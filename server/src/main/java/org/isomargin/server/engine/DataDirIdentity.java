package org.isomargin.server.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.isomargin.journal.JournalException;

/**
 * The data directory's identity: the file {@code instance} holds a random id written at its first start. It is
 * what lets a start tell "first start" from "data lost" (docs/durability.md, "Fresh start is asked for"):
 * <ul>
 *   <li>a missing or empty directory is a first start, and so is one holding only what a failed first start
 *       leaves (a journal directory with just its lock file, an empty snapshot directory; the admin token is
 *       written only after the identity);</li>
 *   <li>a directory holding anything else without the identity file (a {@code DATA-LOST} marker left by a server
 *       that saw its files vanish, any other file) was used before and lost its data: refused unless the operator
 *       passes {@code --init};</li>
 *   <li>an identity file with no journal segment beside it: the data was lost (the active segment is never
 *       deleted, so a used directory always has one), also refused unless {@code --init};</li>
 *   <li>journal data without an identity file (a directory from before this file existed) is adopted.</li>
 * </ul>
 * A new identity is written by {@link #persist()} only once the journal is open, so a first start that fails
 * earlier does not leave an identity file without data (which would read as "data deleted" next time).
 */
public final class DataDirIdentity {
    private static final Logger LOG = Logger.getLogger(DataDirIdentity.class.getName());
    static final String FILE = "instance";
    /** Left by a running server that saw its data directory vanish, so the next start cannot mistake it for new. */
    static final String LOST_MARKER = "DATA-LOST";

    private final Path dir;
    private final long instanceId;
    private boolean pending;   // a new identity not written yet

    private DataDirIdentity(Path dir, long instanceId, boolean pending) {
        this.dir = dir;
        this.instanceId = instanceId;
        this.pending = pending;
    }

    /** The random id of this data directory (stable across restarts; new after an {@code --init} on lost data). */
    public long instanceId() { return instanceId; }

    public Path directory() { return dir; }

    /** Start-up: reads, adopts or creates the identity, or refuses a directory whose data was lost. */
    public static DataDirIdentity establish(Path dataDir, boolean init) {
        Path dir = dataDir.toAbsolutePath();
        Path file = dir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                long id = read(file);
                if (any(dir.resolve("journal"), ".log")) return new DataDirIdentity(dir, id, false);
                if (!init) throw new JournalException("the data directory " + dir + " has its identity file (instance " + id
                        + ") but no journal segment: its data was deleted. Restore it from a backup, or start with"
                        + " --init to begin again with an empty state");
                Path aside = setAside(dir);
                LOG.warning("--init: " + dir + " had lost its journal; starting with an empty state"
                        + (aside == null ? "" : " (what was left, e.g. snapshots, moved to " + aside + ")"));
                return fresh(dir);
            }
            if (hasData(dir)) {
                LOG.info("adopting the data directory " + dir + " (journal data without an identity file): writing " + file);
                return fresh(dir);
            }
            List<String> leftovers = unexpectedEntries(dir);
            if (!leftovers.isEmpty() && !init) throw new JournalException("the data directory " + dir
                    + " was used before (it holds " + leftovers + ") but has no identity file and no journal: its data was"
                    + " lost or moved. Restore it, or start with --init to begin with an empty state");
            if (!leftovers.isEmpty()) LOG.warning("--init: starting " + dir + " with an empty state (found " + leftovers + ")");
            return fresh(dir);
        } catch (IOException e) {
            throw new JournalException("cannot read or write the identity of the data directory " + dir + ": " + e, e);
        }
    }

    /** In-process recovery: the directory must still be this one, with its data. */
    public void verify() {
        Path file = dir.resolve(FILE);
        long found;
        try {
            found = read(file);
        } catch (IOException e) {
            throw new JournalException("the data directory " + dir + " lost its identity file " + file
                    + ": its data was deleted or moved; not recovering an empty state", e);
        }
        if (found != instanceId) throw new JournalException("the data directory " + dir + " now belongs to instance " + found
                + ", not " + instanceId + ": it was replaced; not recovering from it");
        if (!any(dir.resolve("journal"), ".log"))
            throw new JournalException("the data directory " + dir + " has no journal segment any more: its data was deleted");
    }

    /**
     * After a failure, or at shutdown: if the identity file is gone (the directory or its files vanished under the
     * running server), leave a marker so the next start cannot take the directory for a new one.
     */
    public void markLost(String reason) {
        try {
            if (Files.exists(dir.resolve(FILE))) return;
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(LOST_MARKER), "instance " + instanceId + " lost its data directory while running: "
                    + reason + "\nStart with --init only if an empty state is really wanted.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning("cannot leave the " + LOST_MARKER + " marker in " + dir + ": " + e);
        }
    }

    /**
     * --init on lost data means an empty state: what is left of the old one (snapshots without their journal) is
     * moved to {@code lost-<millis>/}, kept for the operator rather than restored or deleted. Null if nothing was left.
     */
    private static Path setAside(Path dir) throws IOException {
        Path aside = dir.resolve("lost-" + System.currentTimeMillis());
        boolean moved = false;
        for (String name : List.of("journal", "snapshots")) {
            Path p = dir.resolve(name);
            if (!Files.exists(p)) continue;
            Files.createDirectories(aside);
            Files.move(p, aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        }
        return moved ? aside : null;
    }

    private static boolean hasData(Path dir) {
        return any(dir.resolve("journal"), ".log") || any(dir.resolve("snapshots"), ".snap");
    }

    private static boolean any(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
        } catch (IOException e) {
            throw new JournalException("cannot list " + dir + ": " + e, e);
        }
    }

    /** Everything in the directory except what a first start that failed before its journal opened leaves. */
    private static List<String> unexpectedEntries(Path dir) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String name : entries(dir)) {
            Path p = dir.resolve(name);
            boolean footprint = switch (name) {
                case FILE + ".tmp" -> Files.isRegularFile(p);
                case "journal" -> Files.isDirectory(p) && entries(p).stream().allMatch(n -> n.equals("journal.lock"));
                case "snapshots" -> Files.isDirectory(p) && entries(p).isEmpty();
                default -> false;
            };
            if (!footprint) out.add(name);
        }
        return out;
    }

    private static List<String> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static DataDirIdentity fresh(Path dir) {
        return new DataDirIdentity(dir, new SecureRandom().nextLong() & Long.MAX_VALUE, true);
    }

    /** Writes a new identity (once the journal is open); removes a {@code DATA-LOST} marker the operator overrode. */
    public synchronized void persist() {
        if (!pending) return;
        try {
            write(dir, instanceId);
            Files.deleteIfExists(dir.resolve(LOST_MARKER));
        } catch (IOException e) {
            throw new JournalException("cannot write the identity file of the data directory " + dir + ": " + e, e);
        }
        pending = false;
    }

    private static long read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new JournalException("the identity file " + file + " is damaged (\"" + text + "\" is not an instance id)");
        }
    }

    /** Written durably (temp file, fsync, atomic rename, fsync of the directory), once the journal has opened. */
    private static void write(Path dir, long id) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(FILE + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }
}
