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
 * Facet entries with counts for the panel: per facet the values, most frequent first, each with what choosing it
 * would show and whether it is chosen. Long facets (actors at 100k incidents) are cut to the first
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

    public FacetViewModel(FilterModel filter) {
        this.filter = filter;
        for (Facet f : Facet.values()) {
            entries.put(f, FXCollections.observableArrayList());
        }
        filter.evaluationProperty().addListener((o, a, e) -> refresh(e));
        refresh(filter.evaluationProperty().get());
    }

    private void refresh(IncidentFilter.Evaluation e) {
        for (Facet f : Facet.values()) {
            List<Entry> out = new ArrayList<>();
            int more = 0;
            if (e != null) {
                FacetCounts c = e.counts();
                for (Map.Entry<String, Integer> v : c.of(f).entrySet()) {
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
