package org.incidentatlas.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash at any moment leaves either the old complete file or the new complete file,
 * never a mix: write a temporary file in the same directory (same file system, so the rename is atomic), force it
 * to disk, then rename it over the target with ATOMIC_MOVE and force the directory entry.
 */
public final class AtomicFiles {
    /** Writes the content to a stream; may close it, which only flushes. */
    @FunctionalInterface
    public interface StreamBody {
        void write(OutputStream out) throws IOException;
    }

    /** Creates the content at a path that does not exist yet (for libraries that open files themselves). */
    @FunctionalInterface
    public interface FileBody {
        void write(Path file) throws IOException;
    }

    static final long STALE_AFTER_MILLIS = 10 * 60 * 1000L;

    private AtomicFiles() {
    }

    public static void write(Path target, StreamBody body) throws IOException {
        Path tmp = tempBeside(target, ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream raw = Channels.newOutputStream(ch);
                BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
                // The body (Jackson, XML writers) closes its stream; we must force the channel after that.
                body.write(new FilterOutputStream(buffered) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                buffered.flush();
                ch.force(true);
            }
            commit(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** For writers that need a file name of their own; {@code suffix} keeps the extension they insist on. */
    public static void replace(Path target, String suffix, FileBody body) throws IOException {
        Path tmp = tempBeside(target, suffix);
        try {
            body.write(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            commit(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path tempBeside(Path target, String suffix) {
        Path abs = target.toAbsolutePath();
        String name = "." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + suffix;
        return abs.resolveSibling(name);
    }

    private static void commit(Path tmp, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + abs + " atomically on this file system: " + e.getMessage(), e);
        }
        forceDirectory(abs.getParent());
        deleteStaleTemporaries(abs);
    }

    /**
     * A killed writer leaves its temporary file behind; they would pile up beside an autosaved file. Only old ones
     * go, so a writer still at work in another process keeps its own.
     */
    static void deleteStaleTemporaries(Path target) {
        String prefix = "." + target.getFileName() + ".";
        long cutoff = System.currentTimeMillis() - STALE_AFTER_MILLIS;
        try (java.util.stream.Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.matches(java.util.regex.Pattern.quote(prefix) + "[0-9a-f]+\\..+")
                        && Files.getLastModifiedTime(p).toMillis() < cutoff) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // tidying is optional; the save itself succeeded
        }
    }

    /** Makes the rename itself durable. Not possible on every platform (Windows refuses to open a directory). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself is already on disk
        }
    }
}
