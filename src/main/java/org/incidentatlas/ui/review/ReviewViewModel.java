package org.incidentatlas.ui.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.PlaceChoices;
import org.incidentatlas.pipeline.ReviewQueue;

/**
 * The review queue of the shown extraction ({@link ReviewQueue}), in the order an analyst should work through it
 * and in plain words: a place put in another country than the rest of its article first, then unsure places, two
 * likely places, incidents with no place on the map, single uncertain sources, missing dates, and names not taken
 * as places. Each row quotes its sentence; the analyst marks it done (and back), and the title counts what is left.
 */
public final class ReviewViewModel {
    /** Why a row is where it is in the queue, most urgent first. */
    public enum Priority { OTHER_COUNTRY, UNSURE_PLACE, TWO_PLACES, NO_PLACE, ONE_UNCERTAIN_SOURCE, NO_DATE,
        NOT_A_PLACE }

    /** One row as listed. */
    public record Row(ReviewQueue.Item item, Priority priority, String label, Article article, Incident incident,
                      boolean done) {
        /** What identifies the item across re-extractions (after an edit), so "done" stays done. */
        public String key() {
            return item.kind() + "|" + item.subject() + "|" + item.evidence().articleId() + "|"
                    + item.evidence().span().start();
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Review");
    private final ObservableSet<String> done;

    /** A queue whose done marks live only here (tests, a window without an investigation). */
    public ReviewViewModel() {
        this(FXCollections.observableSet(new HashSet<>()));
    }

    /**
     * A queue whose done marks are {@code done}, the investigation's set: marking here records it there, and a set
     * restored there (an investigation reopened) shows here.
     */
    public ReviewViewModel(ObservableSet<String> done) {
        this.done = done;
        done.addListener((SetChangeListener<String>) c -> refresh());
    }

    public void setExtraction(Extraction x) {
        if (x == null) {
            rows.clear();
            updateTitle();
            return;
        }
        Map<String, Incident> byId = new HashMap<>();
        x.incidents().forEach(i -> byId.put(i.id(), i));
        Map<String, String> articleCountry = mainCountries(x);
        List<Row> out = new ArrayList<>();
        for (ReviewQueue.Item it : ReviewQueue.of(x)) {
            Article a = x.article(it.evidence().articleId()).orElse(null);
            PlaceMention m = it.kind() == ReviewQueue.Kind.LOW_CONFIDENCE_PLACE
                    || it.kind() == ReviewQueue.Kind.AMBIGUOUS_PLACE ? PlaceChoices.find(x, it.evidence()) : null;
            String main = articleCountry.get(it.evidence().articleId());
            boolean elsewhere = m != null && m.place() != null && main != null && m.place().country() != null
                    && !main.equals(m.place().country());
            Priority p = elsewhere ? Priority.OTHER_COUNTRY : priorityOf(it.kind());
            String label = plain(it, p, m, main) + quote(a, it);
            Row r = new Row(it, p, label, a, byId.get(it.subject()), false);
            out.add(new Row(it, p, label, a, r.incident(), done.contains(r.key())));
        }
        out.sort(Comparator.comparing(Row::done).thenComparing(Row::priority));
        rows.setAll(out);
        updateTitle();
    }

    /** Marks a row done, or not done again (undo); done rows go to the end of the list. */
    public void toggleDone(Row r) {
        if (!done.remove(r.key())) {
            done.add(r.key());
        }
    }

    private void refresh() {
        List<Row> out = new ArrayList<>();
        for (Row x : rows) {
            out.add(new Row(x.item(), x.priority(), x.label(), x.article(), x.incident(), done.contains(x.key())));
        }
        out.sort(Comparator.comparing(Row::done).thenComparing(Row::priority));
        rows.setAll(out);
        updateTitle();
    }

    private void updateTitle() {
        long left = rows.stream().filter(r -> !r.done()).count();
        title.set(rows.isEmpty() ? "Review" : "Review (" + left + " left)");
    }

    private static Priority priorityOf(ReviewQueue.Kind k) {
        return switch (k) {
            case LOW_CONFIDENCE_PLACE -> Priority.UNSURE_PLACE;
            case AMBIGUOUS_PLACE -> Priority.TWO_PLACES;
            case UNPINNED -> Priority.NO_PLACE;
            case SINGLE_UNCERTAIN_SOURCE -> Priority.ONE_UNCERTAIN_SOURCE;
            case UNRESOLVED_DATE, APPROXIMATE_DATE_ANCHOR -> Priority.NO_DATE;
            case REJECTED_PLACE -> Priority.NOT_A_PLACE;
        };
    }

    /** The country most of an article's resolved places are in (none when it has no resolved place). */
    static Map<String, String> mainCountries(Extraction x) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (PlaceMention m : x.mentions()) {
            if (m.status() == MentionStatus.RESOLVED && m.place() != null && m.place().country() != null) {
                counts.computeIfAbsent(m.articleId(), k -> new HashMap<>()).merge(m.place().country(), 1,
                        Integer::sum);
            }
        }
        Map<String, String> main = new HashMap<>();
        counts.forEach((article, c) -> c.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .ifPresent(e -> main.put(article, e.getKey())));
        return main;
    }

    private static String plain(ReviewQueue.Item it, Priority p, PlaceMention m, String main) {
        return switch (p) {
            case OTHER_COUNTRY -> "Place in another country? \u201c" + m.surface() + "\u201d was put at "
                    + where(m.place()) + ", but the article's other places are in " + main;
            case UNSURE_PLACE -> m == null || m.place() == null ? "Unsure place: " + it.reason()
                    : String.format(Locale.ROOT, "Unsure place: \u201c%s\u201d was put at %s (%d%% sure)",
                    m.surface(), where(m.place()), Math.round(m.confidence() * 100));
            case TWO_PLACES -> m == null || m.candidates().size() < 2 ? "Two likely places: " + it.reason()
                    : "Two likely places: \u201c" + m.surface() + "\u201d is " + where(m.candidates().get(0).place())
                    + " or " + where(m.candidates().get(1).place());
            case NO_PLACE -> "Not on the map: " + it.reason();
            case ONE_UNCERTAIN_SOURCE -> "One uncertain source: " + it.reason();
            case NO_DATE -> "No date: " + it.reason().replaceFirst("^no date ?", "").strip();
            case NOT_A_PLACE -> "Not taken as a place: " + it.reason();
        };
    }

    private static String where(Place p) {
        return p.name() + (p.country() == null ? "" : ", " + p.country());
    }

    private static String quote(Article a, ReviewQueue.Item it) {
        if (a == null || it.evidence().sentence() < 0 || it.evidence().sentence() >= a.sentences().size()) {
            return "";
        }
        String q = a.sentences().get(it.evidence().sentence()).of(a.text()).strip();
        if (q.length() > 140) {
            q = q.substring(0, 139) + "…";
        }
        return " — \u201c" + q + "\u201d";
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Review (N left)", the tab's title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
