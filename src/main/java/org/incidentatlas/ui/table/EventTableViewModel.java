package org.incidentatlas.ui.table;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Incident;
import org.incidentatlas.pipeline.IncidentFilter;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SelectionModel;

/**
 * The table's rows: the shown incidents, optionally only those inside the map's view ({@code viewport} as west,
 * south, east, north), in the order of the columns sorted on. Its search field is the shared filter's text, so
 * searching the table also filters the map and the timeline: one search, not two that disagree. Unpinned
 * incidents are never "in view". Sorting ranks every incident of the index once ({@link #sortBy}); a filter change
 * then only picks the shown ones in that order, instead of sorting 100k rows again.
 */
public final class EventTableViewModel {
    /** The columns: header, width and text, which is also what a column sorts by (as text, like any table). */
    public enum Column {
        DATE("Date", 90, EventTableViewModel::date),
        TYPE("Type", 150, i -> i.type().type()),
        SUB_TYPE("Sub-type", 170, i -> i.type().subType()),
        PLACE("Place", 140, EventTableViewModel::place),
        ACTORS("Actors", 190, EventTableViewModel::actors),
        STATUS("Status", 80, i -> i.status().name().toLowerCase(java.util.Locale.ROOT)),
        KILLED("Killed", 55, i -> i.fatalities() == null ? "" : i.fatalities().toString()),
        SOURCES("Sources", 60, i -> String.valueOf(i.sources().size()));

        private final String header;
        private final double width;
        private final Function<Incident, String> text;

        Column(String header, double width, Function<Incident, String> text) {
            this.header = header;
            this.width = width;
            this.text = text;
        }

        public String header() {
            return header;
        }

        public double width() {
            return width;
        }

        public String text(Incident i) {
            return text.apply(i);
        }
    }

    /** One column of a sort order. */
    public record SortKey(Column column, boolean ascending) {
    }

    private final FilterModel filter;
    private final SelectionModel selection;
    private final ObservableList<Incident> rows = FXCollections.observableArrayList();
    private final BooleanProperty onlyInView = new SimpleBooleanProperty(this, "onlyInView");
    private final ObjectProperty<double[]> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private List<SortKey> sortKeys = List.of();
    /** For the index {@code rankedFor}: per column, each incident's rank by the column's text (equal text, equal rank). */
    private final Map<Column, int[]> ranks = new EnumMap<>(Column.class);
    private IncidentFilter rankedFor;
    /** For {@link #sortKeys} over the index: the incidents in sorted order, and each position's place in it. */
    private Incident[] sorted;
    private int[] placeOf;

    public EventTableViewModel(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        filter.shown().addListener((ListChangeListener<Incident>) c -> refresh());
        onlyInView.addListener(o -> refresh());
        viewport.addListener(o -> {
            if (onlyInView.get()) {
                refresh();
            }
        });
        search.addListener((o, a, s) -> {
            if (!filter.state().text().equals(s == null ? "" : s.strip())) {
                filter.setText(s);
            }
        });
        filter.stateProperty().addListener((o, a, s) -> {
            if (!s.text().equals(search.get().strip())) {
                search.set(s.text());
            }
        });
        refresh();
    }

    /** Sorts the rows by these columns, the first deciding (empty: the filter's order, extraction order). */
    public void sortBy(List<SortKey> keys) {
        sortKeys = List.copyOf(keys);
        sorted = null;
        placeOf = null;
        refresh();
    }

    private void refresh() {
        double[] b = onlyInView.get() ? viewport.get() : null;
        IncidentFilter index = filter.indexProperty().get();
        IncidentFilter.Evaluation e = filter.evaluationProperty().get();
        List<Incident> out;
        if (!sortKeys.isEmpty() && index != null && e != null && e.shown().length() <= index.incidents().size()) {
            out = sortedRows(index, e.shown(), b);
        } else if (b != null) {
            out = new ArrayList<>();
            for (Incident i : filter.shown()) {
                if (inside(i, b)) {
                    out.add(i);
                }
            }
        } else {
            out = filter.shown();
        }
        rows.setAll(out);
        int total = filter.shown().size();
        count.set(b != null ? out.size() + " in view of " + total + " shown" : total + " shown");
    }

    /** The shown incidents (inside {@code b} if not null) in the sort order: one pass, no comparison. */
    private List<Incident> sortedRows(IncidentFilter index, BitSet shown, double[] b) {
        List<Incident> all = index.incidents();
        if (rankedFor != index) {
            ranks.clear();
            sorted = null;
            rankedFor = index;
        }
        if (sorted == null) {
            int[] order = sortedPositions(all);
            placeOf = new int[order.length];
            sorted = new Incident[order.length];
            for (int k = 0; k < order.length; k++) {
                placeOf[order[k]] = k;
                sorted[k] = all.get(order[k]);
            }
        }
        BitSet places = new BitSet(all.size());
        for (int p = shown.nextSetBit(0); p >= 0; p = shown.nextSetBit(p + 1)) {
            if (b == null || inside(all.get(p), b)) {
                places.set(placeOf[p]);
            }
        }
        if (places.cardinality() == sorted.length) {
            return Arrays.asList(sorted);
        }
        List<Incident> out = new ArrayList<>(places.cardinality());
        for (int k = places.nextSetBit(0); k >= 0; k = places.nextSetBit(k + 1)) {
            out.add(sorted[k]);
        }
        return out;
    }

    /**
     * All positions sorted by {@link #sortKeys}, ties in position order, as the table's own comparator would
     * (column text compared with the default {@link Collator}); keys are combined into dense ranks, last key
     * first, so that every sort is of primitive longs.
     */
    private int[] sortedPositions(List<Incident> all) {
        int n = all.size();
        int[] composite = new int[n];
        for (int k = sortKeys.size() - 1; k >= 0; k--) {
            SortKey key = sortKeys.get(k);
            int[] r = ranks.computeIfAbsent(key.column(), c -> rank(all, c));
            long[] pairs = new long[n];
            for (int p = 0; p < n; p++) {
                long major = key.ascending() ? r[p] : Integer.MAX_VALUE - r[p];
                pairs[p] = major << 31 | composite[p];
            }
            composite = dense(pairs);
        }
        long[] byKey = new long[n];
        for (int p = 0; p < n; p++) {
            byKey[p] = (long) composite[p] << 31 | p;
        }
        Arrays.sort(byKey);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = (int) (byKey[k] & Integer.MAX_VALUE);
        }
        return out;
    }

    /** Each incident's rank by a column's text: distinct texts sorted once with the collator. */
    static int[] rank(List<Incident> all, Column c) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> texts = new ArrayList<>();
        int[] id = new int[all.size()];
        for (int p = 0; p < id.length; p++) {
            id[p] = ids.computeIfAbsent(c.text(all.get(p)), t -> {
                texts.add(t);
                return texts.size() - 1;
            });
        }
        // collation keys compare as the collator does, and faster
        Collator collator = Collator.getInstance();
        CollationKey[] keys = new CollationKey[texts.size()];
        Integer[] order = new Integer[keys.length];
        for (int t = 0; t < keys.length; t++) {
            keys[t] = collator.getCollationKey(texts.get(t));
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        int[] rankOf = new int[order.length];
        int r = 0;
        for (int k = 0; k < order.length; k++) {
            if (k > 0 && keys[order[k - 1]].compareTo(keys[order[k]]) != 0) {
                r++;
            }
            rankOf[order[k]] = r;
        }
        for (int p = 0; p < id.length; p++) {
            id[p] = rankOf[id[p]];
        }
        return id;
    }

    /** Replaces each value by its rank among the distinct values (0 for the smallest). */
    private static int[] dense(long[] values) {
        long[] distinct = values.clone();
        Arrays.sort(distinct);
        int m = 0;
        for (int k = 0; k < distinct.length; k++) {
            if (k == 0 || distinct[k] != distinct[k - 1]) {
                distinct[m++] = distinct[k];
            }
        }
        int[] out = new int[values.length];
        for (int p = 0; p < values.length; p++) {
            out[p] = Arrays.binarySearch(distinct, 0, m, values[p]);
        }
        return out;
    }

    static boolean inside(Incident i, double[] b) {
        if (!i.isPinned()) {
            return false;
        }
        double lat = i.place().lat();
        double lon = i.place().lon();
        boolean lonIn = b[0] <= b[2] ? lon >= b[0] && lon <= b[2] : lon >= b[0] || lon <= b[2];
        return lonIn && lat >= b[1] && lat <= b[3];
    }

    /** The columns' text, also what the tests read. */
    public static String date(Incident i) {
        String iso = i.date().iso();
        return iso == null ? "undated" : iso;
    }

    public static String place(Incident i) {
        if (i.place() != null) {
            // a pin the analyst placed says so (the machine's place name stays, for recognition)
            return i.place().id().startsWith("analyst:") ? i.place().name() + " (pin moved \u270e)" : i.place().name();
        }
        return i.area() != null ? "somewhere in " + i.area().name() : "(no place)";
    }

    public static String actors(Incident i) {
        return i.actors().stream().map(Actor::name).distinct().collect(Collectors.joining("; "));
    }

    /**
     * A date as the analyst types it, at the precision typed: "2020" a year, "2020-01" a month, "2020-01-05" a day,
     * "2020-01-05..2020-01-09" a range; null when it is not one of these (the dialog says so).
     */
    public static org.incidentatlas.model.EventDate typedDate(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                java.time.LocalDate s = java.time.LocalDate.of(Integer.parseInt(t), 1, 1);
                return new org.incidentatlas.model.EventDate(s, s.withDayOfYear(s.lengthOfYear()),
                        org.incidentatlas.model.DatePrecision.YEAR, t, false);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                java.time.YearMonth m = java.time.YearMonth.parse(t);
                return new org.incidentatlas.model.EventDate(m.atDay(1), m.atEndOfMonth(),
                        org.incidentatlas.model.DatePrecision.MONTH, t, false);
            }
            if (t.contains("..")) {
                String[] p = t.split("\\.\\.", 2);
                java.time.LocalDate a = java.time.LocalDate.parse(p[0].strip());
                java.time.LocalDate b = java.time.LocalDate.parse(p[1].strip());
                return new org.incidentatlas.model.EventDate(a, b, a.equals(b) ? org.incidentatlas.model.DatePrecision.DAY
                        : org.incidentatlas.model.DatePrecision.WEEK, t, false);
            }
            return org.incidentatlas.model.EventDate.day(java.time.LocalDate.parse(t), t);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public ObservableList<Incident> rows() {
        return rows;
    }

    public BooleanProperty onlyInViewProperty() {
        return onlyInView;
    }

    public ObjectProperty<double[]> viewportProperty() {
        return viewport;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<Incident> selectedProperty() {
        return selection.selectedProperty();
    }
}
