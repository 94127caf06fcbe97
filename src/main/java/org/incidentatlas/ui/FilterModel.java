package org.incidentatlas.ui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.IncidentFilter;
import org.incidentatlas.pipeline.IncidentFilter.Facet;

/**
 * The one filter every linked view reads and writes: the map, timeline, table and facet panel all observe
 * {@link #shown()} and {@link #evaluationProperty()}, and change {@link #stateProperty()}. The index over the
 * extraction takes about a second at 100k incidents, so it is built on the background executor and handed back
 * on the FX executor; evaluating a filter is one pass over int arrays and runs where the change was made.
 * Tests pass {@code Runnable::run} for both executors, so no stage is needed.
 */
public final class FilterModel {
    /** An active constraint as the analyst sees it, and the filter without it (one click removes it). */
    public record Chip(String label, FilterState without) {
    }

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<IncidentFilter> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ObjectProperty<FilterState> state = new SimpleObjectProperty<>(this, "state", FilterState.NONE);
    private final ReadOnlyObjectWrapper<IncidentFilter.Evaluation> evaluation =
            new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ObservableList<Incident> shown = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(this, "indexing");
    private final ObservableList<Chip> chips = FXCollections.observableArrayList();
    private Extraction extraction;
    private int generation;
    private long lastEvaluationNanos;

    public FilterModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        state.addListener((o, a, s) -> {
            if (s == null) {
                state.set(FilterState.NONE);
                return;
            }
            evaluate();
        });
    }

    /** Indexes a new extraction in the background; the filter in force is kept and applied to it. */
    public CompletableFuture<IncidentFilter> setExtraction(Extraction x) {
        int gen = ++generation;
        extraction = x;
        indexing.set(true);
        return CompletableFuture.supplyAsync(() -> new IncidentFilter(x), background).whenComplete((f, err) ->
                fx.execute(() -> {
                    if (gen != generation) {
                        return;
                    }
                    indexing.set(false);
                    index.set(err == null ? f : null);
                    evaluate();
                }));
    }

    private void evaluate() {
        long t0 = System.nanoTime();
        FilterState s = state.get();
        chips.setAll(chipsOf(s));
        IncidentFilter f = index.get();
        if (f == null) {
            evaluation.set(null);
            shown.clear();
            summary.set("");
            return;
        }
        IncidentFilter.Evaluation e = f.evaluate(s);
        BitSet b = e.shown();
        List<Incident> all = f.incidents();
        List<Incident> out = new ArrayList<>(b.cardinality());
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
            out.add(all.get(i));
        }
        // the evaluation first: listeners of the shown list read it (bit set, counts) and must see the new one
        evaluation.set(e);
        summary.set(e.counts().summary());
        shown.setAll(out);
        lastEvaluationNanos = System.nanoTime() - t0;
    }

    /** Back to everything: no facet, no time window, no search. */
    public void reset() {
        state.set(FilterState.NONE);
    }

    public void setWindow(TimeWindow w) {
        state.set(state.get().withWindow(w));
    }

    public void setText(String text) {
        state.set(state.get().withText(text));
    }

    /** Whether a facet value is among the chosen alternatives. */
    public boolean isChosen(Facet facet, String value) {
        return chosen(state.get(), facet).contains(value);
    }

    /** Adds a facet value to the alternatives, or removes it if it was chosen (a click on a facet entry). */
    public void toggle(Facet facet, String value) {
        Set<String> now = new HashSet<>(chosen(state.get(), facet));
        if (!now.remove(value)) {
            now.add(value);
        }
        state.set(with(state.get(), facet, now));
    }

    /** The chosen values of a facet, in the facet's dictionary form (enums lower-case, precision as digits). */
    public static Set<String> chosen(FilterState s, Facet facet) {
        return switch (facet) {
            case EVENT_TYPE -> s.eventTypes();
            case SUB_EVENT_TYPE -> s.subEventTypes();
            case ACTOR -> s.actors();
            case PUBLISHER -> s.publishers();
            case STATUS -> keys(s.statuses());
            case DATE_PRECISION -> keys(s.datePrecisions());
            case GEO_PRECISION -> {
                Set<String> out = new HashSet<>();
                s.geoPrecisions().forEach(g -> out.add(String.valueOf(g)));
                yield out;
            }
        };
    }

    /** The filter with a facet's chosen values replaced. */
    public static FilterState with(FilterState s, Facet facet, Set<String> values) {
        return switch (facet) {
            case EVENT_TYPE -> s.withEventTypes(values);
            case SUB_EVENT_TYPE -> s.withSubEventTypes(values);
            case ACTOR -> s.withActors(values);
            case PUBLISHER -> s.withPublishers(values);
            case STATUS -> s.withStatuses(enums(EventStatus.class, values));
            case DATE_PRECISION -> s.withDatePrecisions(enums(DatePrecision.class, values));
            case GEO_PRECISION -> {
                Set<Integer> out = new HashSet<>();
                values.forEach(v -> out.add(Integer.parseInt(v)));
                yield s.withGeoPrecisions(out);
            }
        };
    }

    /** How a facet is named on chips and in the panel. */
    public static String facetName(Facet f) {
        return switch (f) {
            case EVENT_TYPE -> "Event type";
            case SUB_EVENT_TYPE -> "Sub-type";
            case ACTOR -> "Actor";
            case STATUS -> "Status";
            case PUBLISHER -> "Source publisher";
            case GEO_PRECISION -> "Place precision";
            case DATE_PRECISION -> "Date precision";
        };
    }

    /** How a facet value reads: geo precision digits get their ACLED meaning. */
    public static String valueName(Facet f, String value) {
        if (f == Facet.GEO_PRECISION) {
            return switch (value) {
                case "0" -> "unpinned";
                case "1" -> "1 · the place itself";
                case "2" -> "2 · near it";
                case "3" -> "3 · region or larger";
                default -> value;
            };
        }
        return value;
    }

    static List<Chip> chipsOf(FilterState s) {
        List<Chip> out = new ArrayList<>();
        if (!s.window().isAll()) {
            out.add(new Chip("Time: " + s.window().describe(), s.withWindow(TimeWindow.ALL)));
        }
        if (!s.includeUndated()) {
            out.add(new Chip("Dated only", s.withIncludeUndated(true)));
        }
        for (Facet f : Facet.values()) {
            for (String v : chosen(s, f).stream().sorted().toList()) {
                Set<String> rest = new HashSet<>(chosen(s, f));
                rest.remove(v);
                out.add(new Chip(facetName(f) + ": " + valueName(f, v), with(s, f, rest)));
            }
        }
        if (!s.text().isEmpty()) {
            out.add(new Chip("Search: \u201c" + s.text() + "\u201d", s.withText("")));
        }
        return out;
    }

    private static Set<String> keys(Set<? extends Enum<?>> set) {
        Set<String> out = new HashSet<>();
        set.forEach(e -> out.add(e.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Set<String> values) {
        Set<E> out = new HashSet<>();
        values.forEach(v -> out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT))));
        return out;
    }

    /** "What is shown" (the active filters and time window) or everything, ready for an exporter. */
    public Extraction forExport(boolean shownOnly) {
        IncidentFilter f = index.get();
        if (!shownOnly || f == null) {
            return extraction;
        }
        return f.apply(state.get());
    }

    /** The scope line an export of {@link #forExport(boolean)} carries. */
    public String scope(boolean shownOnly) {
        return shownOnly ? state.get().describe() : "everything";
    }

    public Extraction extraction() {
        return extraction;
    }

    public ReadOnlyObjectProperty<IncidentFilter> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectProperty<FilterState> stateProperty() {
        return state;
    }

    public FilterState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<IncidentFilter.Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** The incidents that pass, in extraction order. */
    public ObservableList<Incident> shown() {
        return shown;
    }

    /** "N of M incidents shown". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    public ObservableList<Chip> chips() {
        return chips;
    }

    /** How long the last evaluation took, filter pass and list update (for the benchmark). */
    public long lastEvaluationNanos() {
        return lastEvaluationNanos;
    }
}
