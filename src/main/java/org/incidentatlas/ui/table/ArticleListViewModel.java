package org.incidentatlas.ui.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.FilterModel;

/**
 * The articles of the extraction, each with how many of the shown incidents it reports (of how many in all), so
 * the analyst sees which source a filter leans on. Articles reporting nothing shown stay listed with 0.
 */
public final class ArticleListViewModel {
    public record Row(Article article, int shown, int total) {
        public String label() {
            String pub = article.publisher() == null || article.publisher().isBlank() ? "" : " — " + article.publisher();
            return article.displayTitle() + pub + "  (" + shown + " of " + total + ")";
        }
    }

    private final FilterModel filter;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ArticleListViewModel(FilterModel filter) {
        this.filter = filter;
        filter.shown().addListener((ListChangeListener<Incident>) c -> refresh());
        filter.indexProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        var x = filter.extraction();
        if (x == null) {
            rows.clear();
            return;
        }
        Map<String, int[]> shown = count(filter.shown());
        Map<String, int[]> total = count(x.incidents());
        List<Row> out = new ArrayList<>();
        for (Article a : x.articles()) {
            out.add(new Row(a, shown.getOrDefault(a.id(), new int[1])[0], total.getOrDefault(a.id(), new int[1])[0]));
        }
        rows.setAll(out);
    }

    private static Map<String, int[]> count(List<Incident> incidents) {
        Map<String, int[]> m = new HashMap<>();
        for (Incident i : incidents) {
            for (String s : i.sources()) {
                m.computeIfAbsent(s, k -> new int[1])[0]++;
            }
        }
        return m;
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
