package org.incidentatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An analyst's saved work on a corpus: where the articles are, how the map looked, what was filtered and selected,
 * which layers were on, every edit in the order made, and which review items the analyst marked done (by keys that
 * survive a re-extraction: kind, subject, article and offset of the item). The extraction itself is not stored: it is recomputed from the corpus
 * and the edits are replayed on it.
 */
public record Investigation(
        List<String> corpusPaths,
        ViewState view,
        FilterState filters,
        List<String> selection,
        Map<String, Boolean> layers,
        List<AnalystEdit> edits,
        List<String> reviewDone) {

    /** An investigation with no review item marked done. */
    public Investigation(List<String> corpusPaths, ViewState view, FilterState filters, List<String> selection,
                         Map<String, Boolean> layers, List<AnalystEdit> edits) {
        this(corpusPaths, view, filters, selection, layers, edits, List.of());
    }

    public Investigation {
        corpusPaths = List.copyOf(corpusPaths);
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(filters, "filters");
        selection = List.copyOf(selection);
        layers = Map.copyOf(layers);
        edits = List.copyOf(edits);
        reviewDone = List.copyOf(new java.util.TreeSet<>(reviewDone)); // sorted: the same work, the same bytes
    }

    public Investigation withEdits(List<AnalystEdit> e) {
        return new Investigation(corpusPaths, view, filters, selection, layers, e, reviewDone);
    }
}
