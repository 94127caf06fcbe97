package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Investigation;

/**
 * Writes an {@link Investigation} as the versioned JSON of {@code docs/investigation-format.md}. Sets and maps are
 * written sorted, so saving the same state twice gives the same bytes (clean diffs, comparable autosaves).
 */
public final class InvestigationWriter {
    public static final String FORMAT = "incident-atlas/investigation";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Saves atomically: the previous file stays intact until the new one is completely on disk. A symbolic link is
     * written through (its target is replaced, the link stays), and the file keeps its permissions (0600 stays 0600).
     */
    public void save(Investigation inv, Path file) throws IOException {
        save(inv, file, null);
    }

    /**
     * As {@link #save(Investigation, Path)}; a file that does not exist yet takes the permissions of
     * {@code permissionsOf} (a recovery file those of its investigation), or the user's default when that is null
     * or missing too.
     */
    public void save(Investigation inv, Path file, Path permissionsOf) throws IOException {
        Path target = throughLinks(file);
        Set<PosixFilePermission> perms = permissions(target);
        if (perms == null && permissionsOf != null) {
            perms = permissions(throughLinks(permissionsOf));
        }
        Set<PosixFilePermission> keep = perms;
        AtomicFiles.replace(target, ".tmp", tmp -> {
            if (keep != null) {
                // owner-only while written, then exactly the kept bits (set explicitly: the umask does not apply)
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE)));
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                write(inv, out);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(tmp, keep);
            }
        });
    }

    /** The file a chain of symbolic links ends at (which may not exist yet); the path itself when it is none. */
    static Path throughLinks(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new IOException("too many levels of symbolic links: " + file);
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** The POSIX permissions of an existing file; null when it does not exist or the file system has none. */
    private static Set<PosixFilePermission> permissions(Path p) throws IOException {
        if (!Files.exists(p) || Files.getFileAttributeView(p, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.getPosixFilePermissions(p);
    }

    public void write(Investigation inv, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("corpus");
            for (String p : inv.corpusPaths()) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("view");
            g.writeNumberField("center_lat", inv.view().centerLat());
            g.writeNumberField("center_lon", inv.view().centerLon());
            g.writeNumberField("zoom", inv.view().zoom());
            g.writeEndObject();
            FilterState f = inv.filters();
            g.writeObjectFieldStart("time_window");
            g.writeStringField("from", f.window().from() == null ? null : f.window().from().toString());
            g.writeStringField("to", f.window().to() == null ? null : f.window().to().toString());
            g.writeBooleanField("include_undated", f.includeUndated());
            g.writeEndObject();
            g.writeObjectFieldStart("filters");
            strings(g, "event_types", f.eventTypes());
            strings(g, "sub_event_types", f.subEventTypes());
            strings(g, "actors", f.actors());
            strings(g, "statuses", f.statuses());
            strings(g, "publishers", f.publishers());
            g.writeArrayFieldStart("geo_precisions");
            for (Integer i : new TreeSet<>(f.geoPrecisions())) {
                g.writeNumber(i);
            }
            g.writeEndArray();
            strings(g, "date_precisions", f.datePrecisions());
            g.writeStringField("text", f.text());
            g.writeEndObject();
            g.writeArrayFieldStart("selection");
            for (String s : inv.selection()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("layers");
            for (Map.Entry<String, Boolean> e : new TreeMap<>(inv.layers()).entrySet()) {
                g.writeBooleanField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("edits");
            for (AnalystEdit e : inv.edits()) {
                writeEdit(g, e);
            }
            g.writeEndArray();
            if (!inv.reviewDone().isEmpty()) { // optional: files without marks stay as they were
                g.writeArrayFieldStart("review_done");
                for (String k : inv.reviewDone()) {
                    g.writeString(k);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    private static void writeEdit(JsonGenerator g, AnalystEdit e) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", kind(e));
        g.writeStringField("author", e.author());
        g.writeStringField("at", e.at().toString());
        if (e instanceof AnalystEdit.MovePin m) {
            g.writeStringField("incident", m.incidentId());
            g.writeObjectFieldStart("machine");
            g.writeStringField("place_id", m.machinePlaceId());
            numberOrNull(g, "lat", m.machineLat());
            numberOrNull(g, "lon", m.machineLon());
            g.writeEndObject();
            g.writeObjectFieldStart("analyst");
            g.writeNumberField("lat", m.lat());
            g.writeNumberField("lon", m.lon());
            g.writeEndObject();
        } else if (e instanceof AnalystEdit.ChoosePlace c) {
            g.writeFieldName("mention");
            evidence(g, c.mention());
            g.writeObjectFieldStart("machine");
            g.writeStringField("place_id", c.machinePlaceId());
            g.writeEndObject();
            g.writeObjectFieldStart("analyst");
            g.writeStringField("place_id", c.chosenPlaceId());
            g.writeEndObject();
        } else if (e instanceof AnalystEdit.EditDate d) {
            g.writeStringField("incident", d.incidentId());
            g.writeFieldName("machine");
            date(g, d.machine());
            g.writeFieldName("analyst");
            date(g, d.analyst());
        } else if (e instanceof AnalystEdit.EditType t) {
            g.writeStringField("incident", t.incidentId());
            g.writeFieldName("machine");
            type(g, t.machine());
            g.writeFieldName("analyst");
            type(g, t.analyst());
        } else if (e instanceof AnalystEdit.MarkWrong w) {
            g.writeStringField("incident", w.incidentId());
            g.writeStringField("reason", w.reason());
        } else if (e instanceof AnalystEdit.Merge m) {
            g.writeArrayFieldStart("incidents");
            for (String id : m.incidentIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeStringField("merged_id", m.mergedId());
        } else if (e instanceof AnalystEdit.Split s) {
            g.writeStringField("incident", s.incidentId());
            g.writeArrayFieldStart("detached");
            for (Evidence ev : s.detached()) {
                evidence(g, ev);
            }
            g.writeEndArray();
            g.writeStringField("new_id", s.newId());
        } else if (e instanceof AnalystEdit.Note n) {
            g.writeStringField("target", n.target());
            g.writeStringField("text", n.text());
        }
        g.writeEndObject();
    }

    static String kind(AnalystEdit e) {
        if (e instanceof AnalystEdit.MovePin) {
            return "move_pin";
        } else if (e instanceof AnalystEdit.ChoosePlace) {
            return "choose_place";
        } else if (e instanceof AnalystEdit.EditDate) {
            return "edit_date";
        } else if (e instanceof AnalystEdit.EditType) {
            return "edit_type";
        } else if (e instanceof AnalystEdit.MarkWrong) {
            return "mark_wrong";
        } else if (e instanceof AnalystEdit.Merge) {
            return "merge";
        } else if (e instanceof AnalystEdit.Split) {
            return "split";
        }
        return "note";
    }

    private static void numberOrNull(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void evidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", e.articleId());
        g.writeNumberField("sentence_index", e.sentence());
        g.writeNumberField("start", e.span().start());
        g.writeNumberField("end", e.span().end());
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, EventDate d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("start", d.start() == null ? null : d.start().toString());
        g.writeStringField("end", d.end() == null ? null : d.end().toString());
        g.writeStringField("precision", d.precision().name().toLowerCase(Locale.ROOT));
        g.writeStringField("text", d.text());
        g.writeBooleanField("open_end", d.openEnd());
        if (d.approxAnchor()) {
            g.writeBooleanField("anchor_approximate", true);
        }
        g.writeEndObject();
    }

    private static void type(JsonGenerator g, EventType t) throws IOException {
        if (t == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("event_type", t.type());
        g.writeStringField("sub_event_type", t.subType());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, Collection<?> values) throws IOException {
        TreeSet<String> sorted = new TreeSet<>();
        for (Object v : values) {
            sorted.add(v instanceof Enum<?> en ? en.name().toLowerCase(Locale.ROOT) : v.toString());
        }
        g.writeArrayFieldStart(name);
        for (String s : sorted) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
