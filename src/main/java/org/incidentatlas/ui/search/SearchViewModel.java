package org.incidentatlas.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.SearchKey;
import org.incidentatlas.pipeline.WrittenNames;

/**
 * What the search box finds in an extraction: places (of incidents and of resolved mentions), actors and
 * incidents by their text, matched after transliteration folding ({@link SearchKey}: "Ain al-Asad" finds
 * "Ayn al-Asad", "Nujaba" finds "Harakat Hezbollah al-Nujaba") and in either script: the names the articles wrote
 * ({@link WrittenNames}) are indexed beside the English ones, so "عين الأسد" finds Ayn al-Asad. Places come first:
 * they are what one flies to.
 */
public final class SearchViewModel {
    public static final int MAX_RESULTS = 30;

    public enum Kind { PLACE, ACTOR, INCIDENT }

    /** A hit; {@code bounds} (west, south, east, north) is where the map goes, null for unpinned incidents. */
    public record Result(Kind kind, String label, double[] bounds, Incident incident) {
    }

    private record Entry(Kind kind, String label, String key, double[] bounds, Incident incident) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ObservableList<Result> results = FXCollections.observableArrayList();

    /** Indexes an extraction (names only are short: this is cheap even for large extractions). */
    public void setExtraction(Extraction x) {
        entries.clear();
        results.clear();
        if (x == null) {
            return;
        }
        WrittenNames written = WrittenNames.of(x);
        Map<String, Place> places = new LinkedHashMap<>();
        for (Incident i : x.incidents()) {
            if (i.place() != null) {
                places.putIfAbsent(i.place().id(), i.place());
            }
        }
        for (PlaceMention m : x.mentions()) {
            if (m.isResolved()) {
                places.putIfAbsent(m.place().id(), m.place());
            }
        }
        for (Place p : places.values()) {
            entries.add(new Entry(Kind.PLACE, p.name() + " (" + p.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (p.country() == null ? "" : ", " + p.country()) + ")", SearchKey.index(p.name() + " " + written.place(p.id())),
                    new double[] {p.lon(), p.lat(), p.lon(), p.lat()}, null));
        }
        Map<String, double[]> actorBounds = new LinkedHashMap<>();
        Map<String, String> actorNames = new LinkedHashMap<>();
        for (Incident i : x.incidents()) {
            for (Actor a : i.actors()) {
                actorNames.merge(a.name(), written.actor(a.id()), (o, n) -> o.contains(n) ? o : o + " " + n);
                double[] b = actorBounds.computeIfAbsent(a.name(), k -> null);
                if (i.place() != null) {
                    actorBounds.put(a.name(), grow(b, i.place().lon(), i.place().lat()));
                } else if (!actorBounds.containsKey(a.name())) {
                    actorBounds.put(a.name(), null);
                }
            }
        }
        actorBounds.forEach((name, b) -> entries.add(new Entry(Kind.ACTOR, name + " (actor)",
                SearchKey.index(name + " " + actorNames.getOrDefault(name, "")), b, null)));
        SearchKey.Indexer indexer = new SearchKey.Indexer();
        for (Incident i : x.incidents()) {
            StringBuilder t = new StringBuilder(i.type().label());
            if (i.place() != null) {
                t.append(' ').append(i.place().name()).append(' ').append(written.place(i.place().id()));
            }
            i.actors().forEach(a -> t.append(' ').append(a.name()).append(' ').append(written.actor(a.id())));
            if (i.date().text() != null) {
                t.append(' ').append(i.date().text());
            }
            String label = i.type().label() + (i.date().iso() == null ? "" : ", " + i.date().iso())
                    + (i.place() == null ? "" : ", " + i.place().name());
            double[] b = i.place() == null ? null : new double[] {i.place().lon(), i.place().lat(), i.place().lon(),
                i.place().lat()};
            entries.add(new Entry(Kind.INCIDENT, label, indexer.index(t.toString()), b, i));
        }
    }

    private static double[] grow(double[] b, double lon, double lat) {
        if (b == null) {
            return new double[] {lon, lat, lon, lat};
        }
        return new double[] {Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)};
    }

    /** Finds places, then actors, then incidents matching every word of the query. */
    public List<Result> search(String query) {
        SearchKey.Query q = SearchKey.query(query == null ? "" : query);
        List<Result> out = new ArrayList<>();
        if (!q.isEmpty()) {
            for (Kind k : Kind.values()) {
                for (Entry e : entries) {
                    if (e.kind() == k && out.size() < MAX_RESULTS && q.matches(e.key())) {
                        out.add(new Result(e.kind(), e.label(), e.bounds(), e.incident()));
                    }
                }
            }
        }
        results.setAll(out);
        return out;
    }

    public ObservableList<Result> results() {
        return results;
    }
}
