package org.incidentatlas.ui.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.pipeline.FacetCounts;
import org.incidentatlas.pipeline.IncidentFilter;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.incidentatlas.ui.FilterModel;

/**
 * Facet entries with counts for the panel: per facet the values, most frequent over the whole extraction first
 * (an order that stays put while the analyst clicks), each with what choosing it would show and whether it is
 * chosen. Long facets (actors at 100k incidents) are cut to the first
 * {@link #MAX_ENTRIES}, chosen values always kept so a chip never loses its checkbox.
 */
public final class FacetViewModel {
    public static final int MAX_ENTRIES = 25;

    /** One line of a facet: "Battles (12)", ticked when chosen. */
    public record Entry(Facet facet, String value, String label, int count, boolean chosen) {
    }

    private final FilterModel filter;
    private final Map<Facet, ObservableList<Entry>> entries = new EnumMap<>(Facet.class);
    private final Map<Facet, Integer> hidden = new EnumMap<>(Facet.class);
    /** Per facet, each value's place: most frequent over the whole extraction first, fixed until the next one. */
    private final Map<Facet, Map<String, Integer>> order = new EnumMap<>(Facet.class);
    private FacetCounts allCounts;

    public FacetViewModel(FilterModel filter) {
        this.filter = filter;
        for (Facet f : Facet.values()) {
            entries.put(f, FXCollections.observableArrayList());
        }
        filter.indexProperty().addListener(o -> {
            order.clear();
            allCounts = null;
        });
        filter.evaluationProperty().addListener((o, a, e) -> refresh(e));
        refresh(filter.evaluationProperty().get());
    }

    private void refresh(IncidentFilter.Evaluation e) {
        for (Facet f : Facet.values()) {
            List<Entry> out = new ArrayList<>();
            int more = 0;
            if (e != null) {
                FacetCounts c = e.counts();
                Map<String, Integer> place = orderOf(f);
                List<Map.Entry<String, Integer>> values = new ArrayList<>(c.of(f).entrySet());
                // the order the analyst first saw: a click does not move the entries under the cursor
                values.sort(java.util.Comparator.comparingInt(v -> place.getOrDefault(v.getKey(), Integer.MAX_VALUE)));
                for (Map.Entry<String, Integer> v : values) {
                    boolean chosen = filter.isChosen(f, v.getKey());
                    if (out.size() < MAX_ENTRIES || chosen) {
                        out.add(new Entry(f, v.getKey(), FilterModel.valueName(f, v.getKey()), v.getValue(), chosen));
                    } else {
                        more++;
                    }
                }
            }
            hidden.put(f, more);
            if (!out.equals(entries.get(f))) {
                entries.get(f).setAll(out);
            }
        }
    }

    /** The values of a facet in their order over the whole extraction (most frequent first), computed once. */
    private Map<String, Integer> orderOf(Facet f) {
        return order.computeIfAbsent(f, k -> {
            Map<String, Integer> m = new java.util.HashMap<>();
            IncidentFilter index = filter.indexProperty().get();
            if (index != null) {
                if (allCounts == null) {
                    allCounts = index.evaluate(org.incidentatlas.model.FilterState.NONE).counts();
                }
                for (String v : allCounts.of(k).keySet()) {
                    m.putIfAbsent(v, m.size());
                }
            }
            return m;
        });
    }

    /** A click on an entry: choose it, or un-choose it. */
    public void toggle(Entry e) {
        filter.toggle(e.facet(), e.value());
    }

    public ObservableList<Entry> entries(Facet f) {
        return entries.get(f);
    }

    /** How many values of a facet are not listed (beyond {@link #MAX_ENTRIES}). */
    public int hiddenCount(Facet f) {
        return hidden.getOrDefault(f, 0);
    }

    public ObservableList<FilterModel.Chip> chips() {
        return filter.chips();
    }

    public void removeChip(FilterModel.Chip chip) {
        filter.stateProperty().set(chip.without());
    }

    public void reset() {
        filter.reset();
    }

    public javafx.beans.property.ReadOnlyStringProperty summaryProperty() {
        return filter.summaryProperty();
    }
}
