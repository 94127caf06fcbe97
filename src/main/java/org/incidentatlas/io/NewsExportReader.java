package org.incidentatlas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.text.HeaderExtractor;

/**
 * Reads a news export, one article per row: JSON Lines ({@code .jsonl}, {@code .ndjson}: one JSON object a line)
 * or CSV with a header row. The columns holding text, title, url, published date, publisher and author are named
 * in the manifest entry's {@code columns} or detected from common names ({@code text}/{@code body}/{@code content},
 * {@code title}/{@code headline}, {@code url}/{@code link}, {@code published}/{@code date}, ...). A row without
 * text is reported, not loaded; a file without any text column is not a news export and is skipped with a warning.
 */
public final class NewsExportReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, List<String>> DETECTED = Map.of(
            "text", List.of("text", "body", "content", "article", "full_text", "fulltext", "maintext", "article_text",
                    "story", "description"),
            "title", List.of("title", "headline", "heading", "name"),
            "url", List.of("url", "link", "source_url", "href", "permalink"),
            "published", List.of("published", "date", "pubdate", "published_at", "publish_date", "published_date",
                    "publishedat", "datetime", "date_published", "time", "created_at"),
            "publisher", List.of("publisher", "source", "outlet", "site", "domain", "source_name"),
            "author", List.of("author", "authors", "byline", "creator"));

    /** One row read: where it came from (1-based row, counting the CSV header as row 1), its fields. */
    public record Row(int row, String text, String title, String url, LocalDate published, String publisher,
            String author, String note) {
    }

    /** The rows that hold text, and a note for each row or file that could not be used. */
    public record Export(List<Row> rows, List<String> problems, boolean isExport) {
    }

    public static boolean isExportName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".csv");
    }

    public static Export read(String fileName, String content, Map<String, String> named) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") ? csv(content, named) : jsonLines(content, named);
    }

    private static Export jsonLines(String content, Map<String, String> named) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        boolean anyText = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                problems.add("line " + (i + 1) + ": not a JSON object (" + firstLine(e.getMessage()) + "); skipped");
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.add("line " + (i + 1) + ": not a JSON object; skipped");
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().isValueNode()
                    ? (e.getValue().isNull() ? null : e.getValue().asText())
                    : e.getValue().isArray() ? join(e.getValue()) : e.getValue().toString()));
            Row r = row(i + 1, fields, named, problems, "line");
            if (r != null) {
                rows.add(r);
                anyText = true;
            } else if (column(fields.keySet(), named, "text") != null) {
                anyText = true;
            }
        }
        return new Export(rows, problems, anyText || !rows.isEmpty());
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.asText()));
        return String.join(", ", parts);
    }

    private static Export csv(String content, Map<String, String> named) {
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        try (CSVParser p = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = p.getHeaderNames();
            if (column(header, named, "text") == null) {
                return new Export(List.of(), List.of("not read as a news export: no text column among "
                        + header + " (name it in manifest.json \"columns\": {\"text\": \"...\"})"), false);
            }
            for (CSVRecord rec : p) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String h : header) {
                    fields.put(h, rec.isMapped(h) && rec.isSet(h) ? rec.get(h) : null);
                }
                Row r = row((int) rec.getRecordNumber() + 1, fields, named, problems, "row");
                if (r != null) {
                    rows.add(r);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("malformed CSV (" + firstLine(e.getMessage()) + "); rows before it were read");
        }
        return new Export(rows, problems, true);
    }

    private static Row row(int number, Map<String, String> fields, Map<String, String> named, List<String> problems,
            String unit) {
        String textCol = column(fields.keySet(), named, "text");
        String text = textCol == null ? null : fields.get(textCol);
        if (text == null || text.isBlank()) {
            problems.add(unit + " " + number + ": no text" + (textCol == null ? " column" : " in \"" + textCol + "\"")
                    + "; skipped");
            return null;
        }
        String note = null;
        String dateText = value(fields, named, "published");
        LocalDate published = null;
        if (dateText != null) {
            published = parseDate(dateText);
            if (published == null) {
                note = "published \"" + dateText + "\" is not a date this reader knows; ignored";
            }
        }
        return new Row(number, text.replace("\r\n", "\n").replace('\r', '\n'), value(fields, named, "title"),
                value(fields, named, "url"), published, value(fields, named, "publisher"),
                value(fields, named, "author"), note);
    }

    private static String value(Map<String, String> fields, Map<String, String> named, String field) {
        String c = column(fields.keySet(), named, field);
        String v = c == null ? null : fields.get(c);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The column for a field: the manifest's name, else the first common name present (any case). */
    static String column(Iterable<String> columns, Map<String, String> named, String field) {
        String wanted = named == null ? null : named.get(field);
        if (wanted != null) {
            for (String c : columns) {
                if (c.equals(wanted)) {
                    return c;
                }
            }
            return null;
        }
        for (String candidate : DETECTED.get(field)) {
            for (String c : columns) {
                if (c.strip().toLowerCase(Locale.ROOT).equals(candidate)) {
                    return c;
                }
            }
        }
        return null;
    }

    static LocalDate parseDate(String s) {
        String t = s.strip();
        if (t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            try {
                return LocalDate.parse(t.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return HeaderExtractor.parseDate(t);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
