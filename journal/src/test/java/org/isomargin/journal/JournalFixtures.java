package org.isomargin.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Shared helpers: deterministic payloads, replay collection, raw file surgery. */
final class JournalFixtures {

    record Replayed(long sequence, long timestampMs, byte[] payload) {
    }

    private JournalFixtures() {
    }

    static byte[] payload(long i) {
        return ("command-" + i + "-" + "x".repeat((int) (i % 23))).getBytes(StandardCharsets.UTF_8);
    }

    static void appendMany(CommandLog log, int count) {
        long first = log.lastDurableSequence() + 1;
        List<CompletableFuture<Long>> futures = new ArrayList<>();
        for (long i = first; i < first + count; i++) {
            futures.add(log.append(1_000 + i, payload(i)));
        }
        futures.forEach(CompletableFuture::join);
    }

    static List<Replayed> replayAll(CommandLog log, long afterSeq) {
        List<Replayed> out = new ArrayList<>();
        log.replay(afterSeq, (seq, ts, payload) -> out.add(new Replayed(seq, ts, payload)));
        return out;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void flipByte(Path file, long offset, int mask) {
        byte[] bytes = read(file);
        bytes[(int) offset] ^= (byte) mask;
        write(file, bytes);
    }

    static void truncate(Path file, long size) {
        byte[] bytes = read(file);
        write(file, Arrays.copyOf(bytes, (int) size));
    }

    static List<Path> segmentFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("journal-")
                    && p.getFileName().toString().endsWith(".log")).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Byte offsets where each record of a segment starts, found by walking the length fields. */
    static List<Long> recordOffsets(Path segment) {
        byte[] bytes = read(segment);
        List<Long> offsets = new ArrayList<>();
        int pos = SegmentHeader.BYTES;
        while (pos + RecordFormat.HEADER_BYTES <= bytes.length) {
            offsets.add((long) pos);
            int length = ByteBuffer.wrap(bytes, pos, 4).getInt();
            pos += RecordFormat.recordBytes(length);
        }
        return offsets;
    }

    static void copyDir(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
