package org.incidentatlas.io;

import java.nio.file.Path;

/** A gold or benchmark file that cannot be read; the message names the file and the problem. */
public final class GoldFormatException extends Exception {
    private final transient Path file;

    public GoldFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public GoldFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
