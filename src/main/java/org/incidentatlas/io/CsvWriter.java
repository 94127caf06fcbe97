package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;

/**
 * Incidents as CSV with ACLED-like columns ({@link AcledRow#COLUMNS}, exactly), RFC 4180: comma separated, CRLF
 * line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled; UTF-8 without BOM; text that a
 * spreadsheet would run as a formula starts with a single quote ({@link #neutralised}). CSV has no
 * place for metadata, so the scope and the column notes go to a sidecar {@code <file>.meta.json}; the CSV itself
 * stays a plain table any tool reads. Deployments are not events and are left out (they are in the GeoPackage
 * and GeoJSON exports).
 */
public final class CsvWriter {
    public static final String META_FORMAT = "incident-atlas/csv-metadata";

    private static final JsonFactory FACTORY = new JsonFactory();
    /** What a cell may start with to be read as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** Writes {@code file} and {@code file.meta.json}, each atomically. */
    public void export(Extraction x, String scope, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(x, out));
        AtomicFiles.write(metadataPath(file), out -> writeMetadata(x, scope, file.getFileName().toString(), out));
    }

    public static Path metadataPath(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".meta.json");
    }

    public void write(Extraction x, OutputStream out) throws IOException {
        ArticleIndex articles = new ArticleIndex(x);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeRecord(w, AcledRow.COLUMNS);
        for (Incident i : x.incidents()) {
            writeRecord(w, AcledRow.of(i, articles).values());
        }
        w.flush();
    }

    public void writeMetadata(Extraction x, String scope, String csvName, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", META_FORMAT);
            g.writeNumberField("version", 1);
            g.writeStringField("generator", "Incident Atlas");
            g.writeStringField("file", csvName);
            g.writeStringField("scope", scope);
            g.writeNumberField("rows", x.incidents().size());
            g.writeNumberField("articles", x.articles().size());
            g.writeArrayFieldStart("columns");
            for (String c : AcledRow.COLUMNS) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("time_precision");
            g.writeStringField("1", "the day is known");
            g.writeStringField("2", "a week or a range of up to 7 days; event_date is its middle day");
            g.writeStringField("3", "a month or longer; event_date is the middle of the range (range in notes)");
            g.writeEndObject();
            g.writeObjectFieldStart("geo_precision");
            g.writeStringField("1", "the town or site itself");
            g.writeStringField("2", "near it / a small area");
            g.writeStringField("3", "a region, governorate or larger");
            g.writeEndObject();
            g.writeStringField("empty", "unknown (never guessed): no date, no place, no fatality count reported");
            g.writeEndObject();
        }
    }

    static void writeRecord(Writer w, List<?> fields) throws IOException {
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) {
                w.write(',');
            }
            w.write(field(fields.get(k)));
        }
        w.write("\r\n");
    }

    /**
     * One RFC 4180 field. Numbers in plain notation (no exponent), null as empty, text a spreadsheet would run as a
     * formula {@linkplain #neutralised neutralised}.
     */
    static String field(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : v instanceof Number ? v.toString() : neutralised(v.toString());
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * Text with a leading single quote if a spreadsheet would otherwise take it for a formula (CSV injection: an
     * article sentence, a publisher or a place name from the corpus starting {@code =HYPERLINK(…)} or
     * {@code @SUM(…)} must not run when the analyst opens the file). OWASP's rule: a cell starting with {@code =},
     * {@code +}, {@code -}, {@code @}, tab or carriage return; the quote makes a spreadsheet read the cell as text.
     * A plain number ("-3.5") is left alone: it cannot be a formula, and numbers must stay numbers.
     */
    static String neutralised(String text) {
        if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
