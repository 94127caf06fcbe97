package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Path;

/** An investigation file that cannot be loaded; the message names the file and the problem. Nothing is half-loaded. */
public final class InvestigationFormatException extends IOException {
    private final transient Path file;

    public InvestigationFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public InvestigationFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
