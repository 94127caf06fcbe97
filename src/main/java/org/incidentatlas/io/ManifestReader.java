package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a corpus {@code manifest.json}: {@code {"documents": [{"file", "title", "publisher", "author", "url",
 * "published" (ISO date or null; a month "2024-02" or a year is kept at its precision as the approximate date),
 * "published_approx", "notes"}]}}. Unknown fields are ignored; a bad field in one
 * entry becomes a warning and that field is dropped, while JSON that cannot be read at all is an error for the
 * whole manifest.
 */
public final class ManifestReader {
    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the manifest says about one file; any field may be null. {@code columns} names, for a news export
     * (JSON Lines or CSV), the column holding each field: {@code {"text": "body", "title": "headline"}}.
     */
    public record Entry(String file, String title, String publisher, String author, String url, LocalDate published,
            String publishedApprox, Map<String, String> columns) {
        public Entry {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }

        public Entry(String file, String title, String publisher, String author, String url, LocalDate published,
                String publishedApprox) {
            this(file, title, publisher, author, url, published, publishedApprox, Map.of());
        }
    }

    /** The entries by file name, and warnings about entries that were partly unusable. */
    public record Manifest(Map<String, Entry> entries, List<String> warnings) {
        public Manifest {
            entries = Map.copyOf(entries);
            warnings = List.copyOf(warnings);
        }

        public Entry entry(String file) {
            return entries.get(file);
        }
    }

    /** The manifest could not be used; the message says why, in words fit for the user. */
    public static final class ManifestException extends Exception {
        private static final long serialVersionUID = 1L;

        public ManifestException(String message) {
            super(message);
        }
    }

    public Manifest read(Path file) throws ManifestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ManifestException("cannot read: " + e.getMessage());
        }
        return read(bytes);
    }

    /** A manifest from its bytes (read elsewhere, e.g. from HDFS by a Spark job). */
    public Manifest read(byte[] json) throws ManifestException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ManifestException("malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ManifestException("cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new ManifestException("empty file");
        }
        JsonNode docs = root.isArray() ? root : root.get("documents");
        if (docs == null || !docs.isArray()) {
            throw new ManifestException("no \"documents\" array");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            String file2 = text(d, "file");
            if (!d.isObject() || file2 == null || file2.isBlank()) {
                warnings.add("documents[" + i + "] has no \"file\"; ignored");
                continue;
            }
            LocalDate published = null;
            String p = text(d, "published");
            String approx = text(d, "published_approx");
            if (p != null && !p.isBlank()) {
                try {
                    published = LocalDate.parse(p.length() > 10 && p.charAt(10) == 'T' ? p.substring(0, 10) : p);
                } catch (DateTimeParseException e) {
                    String partial = partialDate(p.strip());
                    if (partial != null && (approx == null || approx.isBlank())) {
                        // "2024-02": the page gives the month only. Kept at its precision (it anchors month-level
                        // expressions and completes years), never stretched to a day.
                        approx = partial;
                    } else {
                        warnings.add("documents[" + i + "] (" + file2 + "): published \"" + p
                                + "\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY); ignored");
                    }
                }
            }
            if (entries.containsKey(file2)) {
                warnings.add("documents[" + i + "]: duplicate entry for " + file2 + "; the first one is used");
                continue;
            }
            entries.put(file2, new Entry(file2, text(d, "title"), text(d, "publisher"), text(d, "author"),
                    text(d, "url"), published, approx, columns(d.get("columns"))));
        }
        return new Manifest(entries, warnings);
    }

    /** "2024-02" or "2024" (a month or a year, as ISO writes them), normalised; null for anything else. */
    static String partialDate(String p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?").matcher(p);
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) == null) {
            return m.group(1);
        }
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? m.group(1) + "-" + (month < 10 ? "0" : "") + month : null;
    }

    private static Map<String, String> columns(JsonNode c) {
        Map<String, String> out = new LinkedHashMap<>();
        if (c != null && c.isObject()) {
            c.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return out;
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        // Sanitised like article text: a title with an escape sequence or NUL must not reach a terminal or an export.
        return org.incidentatlas.text.TextSanitizer.clean(v.isValueNode() ? v.asText() : v.toString());
    }
}
