package org.incidentatlas.model;

import java.util.Objects;

/**
 * Something to tell about one input file; the rest of the corpus still loads. {@code ERROR}: the file (or its
 * article's extraction) failed and contributes nothing; {@code WARNING}: it loaded with a caveat that may change
 * results (decoded as windows-1252, a manifest entry ignored); {@code NOTE}: a benign remark on how it was read
 * ("title taken from the first line"), shown apart from problems.
 */
public record LoadProblem(String file, Severity severity, String message) {
    public enum Severity { NOTE, WARNING, ERROR }

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public boolean isNote() {
        return severity == Severity.NOTE;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + file + ": " + message;
    }
}
