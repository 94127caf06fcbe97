package org.incidentatlas.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the project's data files (word lists, lexicons, cue tables): the lines of a class-path resource
 * that are neither blank nor comments ({@code #}), each with its line number for error messages naming the file and
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
        List<Row> out = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(new Row(n, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }
}
