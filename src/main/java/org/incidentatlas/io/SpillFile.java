package org.incidentatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of a streamed writer that must wait for the end of the run (the JSON's articles, the GeoJSON's mention
 * features, which come after the merged incidents): written to a temporary file as articles finish, so memory stays
 * flat, then copied into the output once and deleted. Shared by {@link ExtractionJsonWriter} and
 * {@link GeoJsonWriter}. In {@code dir} (beside the output, as a hidden file) or the system's temporary folder.
 */
final class SpillFile implements AutoCloseable {
    private final Path path;
    private final OutputStream out;

    SpillFile(Path dir, String prefix) throws IOException {
        this.path = dir == null ? Files.createTempFile(prefix, ".json") : Files.createTempFile(dir, "." + prefix, ".json");
        this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    }

    /** Where the spilled part is written until {@link #copyTo}. */
    OutputStream out() {
        return out;
    }

    /** Closes the spilled part; its size in bytes. */
    long size() throws IOException {
        out.close();
        return Files.size(path);
    }

    /** Closes the spilled part and copies it to {@code target}; returns its size in bytes (0: nothing copied). */
    long copyTo(OutputStream target) throws IOException {
        out.close();
        return Files.size(path) == 0 ? 0 : Files.copy(path, target);
    }

    /** Deletes the file (also when the run failed half-way). */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
