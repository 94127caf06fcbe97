package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.model.ViewState;

/**
 * Reads an investigation file, all or nothing: the whole file is parsed and checked into records before anything is
 * returned, so a broken or newer file is refused with an {@link InvestigationFormatException} naming the file and
 * the problem ("edit 3 (move_pin): lat missing"), and never half-loaded.
 */
public final class InvestigationReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** A problem at a JSON path; turned into an InvestigationFormatException that names the file. */
    private static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    public Investigation read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvestigationFormatException(file, "no such file", e);
        }
        return parse(file, bytes);
    }

    public Investigation read(Path nameForMessages, InputStream in) throws IOException {
        return parse(nameForMessages, in.readAllBytes());
    }

    private static Investigation parse(Path file, byte[] bytes) throws InvestigationFormatException {
        if (bytes.length == 0) {
            throw new InvestigationFormatException(file, "the file is empty (not an investigation file)");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvestigationFormatException(file, "broken JSON" + where + " (" + e.getOriginalMessage()
                    + "); the file is damaged or not an investigation file", e);
        } catch (IOException e) {
            throw new InvestigationFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
        try {
            return investigation(root);
        } catch (Bad e) {
            throw new InvestigationFormatException(file, e.getMessage());
        }
    }

    private static Investigation investigation(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new Bad("not an investigation file (the top level is not a JSON object)");
        }
        String format = root.path("format").asText(null);
        if (!InvestigationWriter.FORMAT.equals(format)) {
            throw new Bad("not an investigation file (format is " + (format == null ? "missing" : "'" + format + "'")
                    + ", expected '" + InvestigationWriter.FORMAT + "')");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.canConvertToExactIntegral()) {
            throw new Bad("version missing or not a whole number");
        }
        int version = v.asInt();
        if (version > InvestigationWriter.VERSION) {
            throw new Bad("written by a newer Incident Atlas (investigation format version " + version
                    + "; this version reads up to " + InvestigationWriter.VERSION + "). Update Incident Atlas to open it.");
        }
        if (version < 1) {
            throw new Bad("unsupported investigation format version " + version);
        }
        List<String> corpus = strings(root, "corpus", Function.identity());
        JsonNode view = object(root, "view");
        ViewState vs = build("view", () -> new ViewState(number(view, "center_lat", "view"),
                number(view, "center_lon", "view"), number(view, "zoom", "view")));
        JsonNode tw = object(root, "time_window");
        TimeWindow window = build("time_window", () -> new TimeWindow(date(tw, "from", "time_window"),
                date(tw, "to", "time_window")));
        boolean undated = bool(tw, "include_undated", "time_window");
        JsonNode f = object(root, "filters");
        FilterState filters = build("filters", () -> new FilterState(window, undated,
                Set.copyOf(strings(f, "event_types", Function.identity())),
                Set.copyOf(strings(f, "sub_event_types", Function.identity())),
                Set.copyOf(strings(f, "actors", Function.identity())),
                Set.copyOf(strings(f, "statuses", s -> EventStatus.valueOf(s.toUpperCase(Locale.ROOT)))),
                Set.copyOf(strings(f, "publishers", Function.identity())),
                integers(f, "geo_precisions"),
                Set.copyOf(strings(f, "date_precisions", s -> DatePrecision.valueOf(s.toUpperCase(Locale.ROOT)))),
                text(f, "text", "filters")));
        List<String> selection = strings(root, "selection", Function.identity());
        JsonNode layersNode = object(root, "layers");
        Map<String, Boolean> layers = new LinkedHashMap<>();
        layersNode.fields().forEachRemaining(e -> {
            if (!e.getValue().isBoolean()) {
                throw new Bad("layers." + e.getKey() + " must be true or false");
            }
            layers.put(e.getKey(), e.getValue().booleanValue());
        });
        JsonNode editsNode = root.get("edits");
        if (editsNode == null || !editsNode.isArray()) {
            throw new Bad("edits missing or not a list");
        }
        List<AnalystEdit> edits = new ArrayList<>();
        int n = 0;
        for (JsonNode e : editsNode) {
            n++;
            String kind = e.path("kind").asText("?");
            String where = "edit " + n + " (" + kind + ")";
            edits.add(build(where, () -> edit(e, kind, where)));
        }
        List<String> reviewDone = root.has("review_done") ? strings(root, "review_done", Function.identity())
                : List.of();
        return new Investigation(corpus, vs, filters, selection, layers, edits, reviewDone);
    }

    private static AnalystEdit edit(JsonNode e, String kind, String where) {
        if (!e.isObject()) {
            throw new Bad(where + ": not a JSON object");
        }
        String author = requiredText(e, "author", where);
        Instant at;
        try {
            at = Instant.parse(requiredText(e, "at", where));
        } catch (DateTimeParseException x) {
            throw new Bad(where + ": 'at' is not an ISO-8601 instant: " + e.path("at").asText());
        }
        switch (kind) {
            case "move_pin": {
                JsonNode m = object(e, "machine", where);
                JsonNode a = object(e, "analyst", where);
                return new AnalystEdit.MovePin(author, at, requiredText(e, "incident", where), text(m, "place_id", where),
                        optionalNumber(m, "lat", where), optionalNumber(m, "lon", where),
                        number(a, "lat", where + " analyst"), number(a, "lon", where + " analyst"));
            }
            case "choose_place":
                return new AnalystEdit.ChoosePlace(author, at, evidence(object(e, "mention", where), where),
                        text(object(e, "machine", where), "place_id", where),
                        requiredText(object(e, "analyst", where), "place_id", where + " analyst"));
            case "edit_date":
                return new AnalystEdit.EditDate(author, at, requiredText(e, "incident", where),
                        eventDate(e.get("machine"), where + " machine"), required(eventDate(e.get("analyst"), where + " analyst"), where + ": analyst date missing"));
            case "edit_type":
                return new AnalystEdit.EditType(author, at, requiredText(e, "incident", where),
                        eventType(e.get("machine"), where + " machine"), required(eventType(e.get("analyst"), where + " analyst"), where + ": analyst type missing"));
            case "mark_wrong":
                return new AnalystEdit.MarkWrong(author, at, requiredText(e, "incident", where), text(e, "reason", where));
            case "merge":
                return new AnalystEdit.Merge(author, at, strings(e, "incidents", Function.identity()),
                        requiredText(e, "merged_id", where));
            case "split": {
                JsonNode d = e.get("detached");
                if (d == null || !d.isArray()) {
                    throw new Bad(where + ": detached missing or not a list");
                }
                List<Evidence> detached = new ArrayList<>();
                for (JsonNode x : d) {
                    detached.add(evidence(x, where));
                }
                return new AnalystEdit.Split(author, at, requiredText(e, "incident", where), detached,
                        requiredText(e, "new_id", where));
            }
            case "note":
                return new AnalystEdit.Note(author, at, requiredText(e, "target", where), requiredText(e, "text", where));
            default:
                throw new Bad(where + ": unknown kind of edit '" + kind + "'");
        }
    }

    private interface Builder<T> {
        T build();
    }

    /** Runs a record constructor and turns its invariant failures into a message with the JSON location. */
    private static <T> T build(String where, Builder<T> b) {
        try {
            return b.build();
        } catch (Bad e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new Bad(where + ": " + e.getMessage());
        }
    }

    private static <T> T required(T v, String message) {
        if (v == null) {
            throw new Bad(message);
        }
        return v;
    }

    private static Evidence evidence(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw new Bad(where + ": evidence must be an object");
        }
        return Evidence.of(requiredText(n, "article", where), (int) integer(n, "sentence_index", where),
                (int) integer(n, "start", where), (int) integer(n, "end", where));
    }

    private static EventDate eventDate(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        DatePrecision p = DatePrecision.valueOf(requiredText(n, "precision", where).toUpperCase(Locale.ROOT));
        return new EventDate(date(n, "start", where), date(n, "end", where), p, text(n, "text", where),
                bool(n, "open_end", where), n.has("anchor_approximate") && bool(n, "anchor_approximate", where));
    }

    private static EventType eventType(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new EventType(requiredText(n, "event_type", where), requiredText(n, "sub_event_type", where));
    }

    private static JsonNode object(JsonNode parent, String field) {
        return object(parent, field, "file");
    }

    private static JsonNode object(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw new Bad(where + ": '" + field + "' missing or not an object");
        }
        return n;
    }

    private static double number(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isNumber()) {
            throw new Bad(where + ": '" + field + "' missing or not a number");
        }
        return n.doubleValue();
    }

    private static Double optionalNumber(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        return number(parent, field, where);
    }

    private static long integer(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.canConvertToExactIntegral()) {
            throw new Bad(where + ": '" + field + "' missing or not a whole number");
        }
        return n.asLong();
    }

    private static boolean bool(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isBoolean()) {
            throw new Bad(where + ": '" + field + "' missing or not true/false");
        }
        return n.booleanValue();
    }

    private static String text(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new Bad(where + ": '" + field + "' must be text");
        }
        return n.textValue();
    }

    private static String requiredText(JsonNode parent, String field, String where) {
        String s = text(parent, field, where);
        if (s == null) {
            throw new Bad(where + ": '" + field + "' missing");
        }
        return s;
    }

    private static LocalDate date(JsonNode parent, String field, String where) {
        String s = text(parent, field, where);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Bad(where + ": '" + field + "' is not a date (YYYY-MM-DD): " + s);
        }
    }

    private static <T> List<T> strings(JsonNode parent, String field, Function<String, T> convert) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            throw new Bad("'" + field + "' missing or not a list");
        }
        List<T> out = new ArrayList<>();
        for (JsonNode x : n) {
            if (!x.isTextual()) {
                throw new Bad("'" + field + "' must hold only text");
            }
            try {
                out.add(convert.apply(x.textValue()));
            } catch (IllegalArgumentException e) {
                throw new Bad("'" + field + "': unknown value '" + x.textValue() + "'");
            }
        }
        return out;
    }

    private static Set<Integer> integers(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isArray()) {
            throw new Bad("'" + field + "' missing or not a list");
        }
        Set<Integer> out = new HashSet<>();
        for (JsonNode x : n) {
            if (!x.canConvertToExactIntegral()) {
                throw new Bad("'" + field + "' must hold whole numbers");
            }
            out.add(x.asInt());
        }
        return out;
    }
}
