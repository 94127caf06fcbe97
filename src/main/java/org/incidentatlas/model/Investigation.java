package org.incidentatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An analyst's saved work on a corpus: where the articles are, how the map looked, what was filtered and selected,
 * which layers were on, and every edit in the order made. The extraction itself is not stored: it is recomputed
 * from the corpus and the edits are replayed on it.
 */
public record Investigation(
        List<String> corpusPaths,
        ViewState view,
        FilterState filters,
        List<String> selection,
        Map<String, Boolean> layers,
        List<AnalystEdit> edits) {

    public Investigation {
        corpusPaths = List.copyOf(corpusPaths);
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(filters, "filters");
        selection = List.copyOf(selection);
        layers = Map.copyOf(layers);
        edits = List.copyOf(edits);
    }

    public Investigation withEdits(List<AnalystEdit> e) {
        return new Investigation(corpusPaths, view, filters, selection, layers, e);
    }
}
