package org.incidentatlas.model;

import java.util.Objects;

/** Something wrong with one input file; the rest of the corpus still loads. */
public record LoadProblem(String file, Severity severity, String message) {
    public enum Severity { WARNING, ERROR }

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + file + ": " + message;
    }
}
