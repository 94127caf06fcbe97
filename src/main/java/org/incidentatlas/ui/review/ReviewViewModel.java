package org.incidentatlas.ui.review;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.pipeline.ReviewQueue;

/**
 * The review queue of the shown extraction ({@link ReviewQueue}): ambiguous or low-confidence places, names
 * rejected as outlets or persons, unresolved dates, unpinned incidents, incidents resting on one uncertain
 * sentence. Each row says what and why and quotes its sentence; opening it gives the article and, when the item
 * is about an incident, that incident to select.
 */
public final class ReviewViewModel {
    /** One row as listed. */
    public record Row(ReviewQueue.Item item, String label, Article article, Incident incident) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Review");

    public void setExtraction(Extraction x) {
        if (x == null) {
            rows.clear();
            title.set("Review");
            return;
        }
        List<ReviewQueue.Item> items = ReviewQueue.of(x);
        java.util.Map<String, Incident> byId = new java.util.HashMap<>();
        x.incidents().forEach(i -> byId.put(i.id(), i));
        rows.setAll(items.stream().map(it -> {
            Article a = x.article(it.evidence().articleId()).orElse(null);
            String quote = "";
            if (a != null && it.evidence().sentence() >= 0 && it.evidence().sentence() < a.sentences().size()) {
                quote = a.sentences().get(it.evidence().sentence()).of(a.text()).strip();
                if (quote.length() > 140) {
                    quote = quote.substring(0, 139) + "…";
                }
            }
            String kind = it.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            String label = kind + ": " + it.reason() + (quote.isEmpty() ? "" : " — \u201c" + quote + "\u201d");
            return new Row(it, label, a, byId.get(it.subject()));
        }).toList());
        title.set("Review (" + rows.size() + ")");
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Review (N)", the tab's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
