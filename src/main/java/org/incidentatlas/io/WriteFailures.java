package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in plain words why a file could not be written, naming the file the user asked for, never the hidden
 * temporary file beside it, a stack trace or a library's SQL: "cannot write out.json: disk full".
 */
public final class WriteFailures {
    private WriteFailures() {
    }

    /** "cannot write TARGET: REASON". */
    public static String describe(Path target, Throwable e) {
        return "cannot write " + target + ": " + reason(e);
    }

    /** The reason alone: permission denied, disk full, read-only file system, folder does not exist, ... */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("sqlite_full")
                    || m.contains("database or disk is full") || m.contains("quota exceeded")) {
                return "disk full";
            }
            if (m.contains("read-only file system") || m.contains("sqlite_readonly")) {
                return "read-only file system";
            }
            if (t instanceof AccessDeniedException || m.contains("permission denied") || m.contains("access denied")
                    || m.contains("operation not permitted") || m.contains("sqlite_cantopen")) {
                return "permission denied";
            }
            if (t instanceof NoSuchFileException) {
                return "the folder does not exist";
            }
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof IOException && e.getMessage() != null && !e.getMessage().contains("\n")
                && !e.getMessage().toLowerCase(Locale.ROOT).contains("sql")) {
            return e.getMessage();
        }
        return "the file could not be written (" + e.getClass().getSimpleName() + ")";
    }
}
