package org.incidentatlas.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the project's data files (word lists, lexicons, cue tables): the lines of a class-path resource
 * (or of an analyst's file) that are neither blank nor comments ({@code #}), each with its line number for error messages naming the file and
 * line. Callers split the columns they expect.
 */
public final class DataLines {
    /** A line as written (not stripped, so empty trailing columns survive) and its 1-based number. */
    public record Row(int line, String text) {
    }

    private DataLines() {
    }

    /** The data lines of {@code resource}, looked up relative to {@code anchor}; a missing resource is an error. */
    public static List<Row> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The system property naming the analyst's settings folder (the app and the core read the same one). */
    public static final String SETTINGS_DIR_PROPERTY = "incidentatlas.settings";
    /** The environment variable naming it when the property is not set. */
    public static final String SETTINGS_DIR_ENVIRONMENT = "INCIDENT_ATLAS_SETTINGS";

    /**
     * Where an analyst's data file is looked for, in reading order (the files need not exist): {@code fileName} in
     * the settings folder (the property {@value #SETTINGS_DIR_PROPERTY}, else the environment variable
     * {@value #SETTINGS_DIR_ENVIRONMENT}, else {@code ~/.incident-atlas}), then the file the system property
     * {@code ownFileProperty} names, if set (the one beside the investigation).
     */
    public static List<Path> userFiles(String fileName, String ownFileProperty) {
        List<Path> files = new ArrayList<>();
        String settings = System.getProperty(SETTINGS_DIR_PROPERTY);
        if (settings == null || settings.isBlank()) {
            settings = System.getenv(SETTINGS_DIR_ENVIRONMENT);
        }
        if (settings == null || settings.isBlank()) {
            settings = Path.of(System.getProperty("user.home", "."), ".incident-atlas").toString();
        }
        files.add(Path.of(settings, fileName));
        String own = System.getProperty(ownFileProperty);
        if (own != null && !own.isBlank()) {
            files.add(Path.of(own));
        }
        return files;
    }

    /**
     * What tells whether an analyst's files changed since they were read: each path with its size and modification
     * time ("unreadable" when they cannot be asked, nothing when the file is absent). Equal stamps mean re-use.
     */
    public static String stamp(List<Path> files) {
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            b.append(f).append('|');
            try {
                if (Files.isRegularFile(f)) {
                    b.append(Files.size(f)).append('|').append(Files.getLastModifiedTime(f).toMillis());
                }
            } catch (IOException e) {
                b.append("unreadable");
            }
            b.append(';');
        }
        return b.toString();
    }

    /** The data lines of an analyst's file (UTF-8; a byte-order mark is skipped). */
    public static List<Row> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static List<Row> read(InputStream in) throws IOException {
        List<Row> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // spreadsheet programs write one
            }
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                out.add(new Row(n, line));
            }
        }
        return out;
    }
}
