package org.incidentatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the analyst chose to see. An empty set means "no constraint" for that facet; within a facet the values are
 * alternatives (OR), across facets they all apply (AND). {@code text} is a free search, matched after
 * transliteration folding. Undated incidents pass the time window only when {@code includeUndated}: they are
 * never dropped silently, the UI shows them in their own lane. {@code geoPrecisions} uses 0 for unpinned.
 */
public record FilterState(
        TimeWindow window,
        boolean includeUndated,
        Set<String> eventTypes,
        Set<String> subEventTypes,
        Set<String> actors,
        Set<EventStatus> statuses,
        Set<String> publishers,
        Set<Integer> geoPrecisions,
        Set<DatePrecision> datePrecisions,
        String text) {

    public static final FilterState NONE = new FilterState(TimeWindow.ALL, true, Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), "");

    public FilterState {
        Objects.requireNonNull(window, "window");
        eventTypes = Set.copyOf(eventTypes);
        subEventTypes = Set.copyOf(subEventTypes);
        actors = Set.copyOf(actors);
        statuses = Set.copyOf(statuses);
        publishers = Set.copyOf(publishers);
        geoPrecisions = Set.copyOf(geoPrecisions);
        datePrecisions = Set.copyOf(datePrecisions);
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return window.isAll() && includeUndated && eventTypes.isEmpty() && subEventTypes.isEmpty() && actors.isEmpty()
                && statuses.isEmpty() && publishers.isEmpty() && geoPrecisions.isEmpty() && datePrecisions.isEmpty()
                && text.isEmpty();
    }

    public FilterState withWindow(TimeWindow w) {
        return new FilterState(w, includeUndated, eventTypes, subEventTypes, actors, statuses, publishers,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withText(String t) {
        return new FilterState(window, includeUndated, eventTypes, subEventTypes, actors, statuses, publishers,
                geoPrecisions, datePrecisions, t);
    }

    public FilterState withEventTypes(Set<String> v) {
        return new FilterState(window, includeUndated, v, subEventTypes, actors, statuses, publishers,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withActors(Set<String> v) {
        return new FilterState(window, includeUndated, eventTypes, subEventTypes, v, statuses, publishers,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withStatuses(Set<EventStatus> v) {
        return new FilterState(window, includeUndated, eventTypes, subEventTypes, actors, v, publishers,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withIncludeUndated(boolean v) {
        return new FilterState(window, v, eventTypes, subEventTypes, actors, statuses, publishers,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withSubEventTypes(Set<String> v) {
        return new FilterState(window, includeUndated, eventTypes, v, actors, statuses, publishers,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withPublishers(Set<String> v) {
        return new FilterState(window, includeUndated, eventTypes, subEventTypes, actors, statuses, v,
                geoPrecisions, datePrecisions, text);
    }

    public FilterState withGeoPrecisions(Set<Integer> v) {
        return new FilterState(window, includeUndated, eventTypes, subEventTypes, actors, statuses, publishers,
                v, datePrecisions, text);
    }

    public FilterState withDatePrecisions(Set<DatePrecision> v) {
        return new FilterState(window, includeUndated, eventTypes, subEventTypes, actors, statuses, publishers,
                geoPrecisions, v, text);
    }

    /**
     * The scope line written into exports: "everything" when nothing is filtered, else "what is shown: ..." with
     * every active constraint, in a stable order so two exports of the same view say the same.
     */
    public String describe() {
        if (isEmpty()) {
            return "everything";
        }
        List<String> parts = new ArrayList<>();
        if (!window.isAll()) {
            parts.add("time " + window.describe() + (includeUndated ? " (plus undated)" : ""));
        } else if (!includeUndated) {
            parts.add("dated only");
        }
        add(parts, "type", eventTypes);
        add(parts, "sub-type", subEventTypes);
        add(parts, "actor", actors);
        add(parts, "status", statuses);
        add(parts, "publisher", publishers);
        add(parts, "geo precision", geoPrecisions);
        add(parts, "date precision", datePrecisions);
        if (!text.isEmpty()) {
            parts.add("search \"" + text + "\"");
        }
        return "what is shown: " + String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Set<?> values) {
        if (!values.isEmpty()) {
            TreeSet<String> sorted = new TreeSet<>();
            values.forEach(v -> sorted.add(v instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT) : v.toString()));
            parts.add(name + " " + String.join(" or ", sorted));
        }
    }
}
