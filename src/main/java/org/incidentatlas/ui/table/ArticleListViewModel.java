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
            return language() + "  " + article.displayTitle() + pub + "  (" + shown + " of " + total + ")";
        }

        /** The detected language as a fixed-width column: "EN", "AR", "FR", or "··" when unknown. */
        public String language() {
            String l = article.language();
            return l == null ? "··" : l.toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(2, l.length()));
        }

        /** Arabic (and other right-to-left) titles read right to left. */
        public boolean rightToLeft() {
            String l = article.language();
            return l != null && (l.equals("ar") || l.equals("fa") || l.equals("ur") || l.equals("he"));
        }
    }

    private final FilterModel filter;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private org.incidentatlas.model.Extraction countedFor;
    private Map<String, int[]> totals = Map.of();
    private Object indexedFor;
    // incident k of indexedFor cites the articles sourceIds[sourcesFrom[k] .. sourcesFrom[k + 1]) of articleIds
    private int[] sourcesFrom;
    private int[] sourceIds;
    private List<String> articleIds;

    public ArticleListViewModel(FilterModel filter) {
        this.filter = filter;
        filter.shown().addListener((ListChangeListener<Incident>) c -> refresh());
        refresh();
    }

    private void refresh() {
        var x = filter.extraction();
        if (x == null) {
            rows.clear();
            return;
        }
        Map<String, int[]> shown = countShown();
        if (countedFor != x) {
            totals = count(x.incidents());
            countedFor = x;
        }
        Map<String, int[]> total = totals;
        List<Row> out = new ArrayList<>();
        for (Article a : x.articles()) {
            out.add(new Row(a, shown.getOrDefault(a.id(), new int[1])[0], total.getOrDefault(a.id(), new int[1])[0]));
        }
        rows.setAll(out);
    }

    /**
     * Counts over the evaluation's bit set with article positions computed once per index, flat (one offset array
     * and one id array, read in order), so there is no hashing and no pointer chasing per row.
     */
    private Map<String, int[]> countShown() {
        var f = filter.indexProperty().get();
        var e = filter.evaluationProperty().get();
        if (f == null || e == null || e.shown().length() > f.incidents().size()) {
            return count(filter.shown());
        }
        if (sourceIds == null || indexedFor != f) {
            java.util.Map<String, Integer> pos = new HashMap<>();
            articleIds = new ArrayList<>();
            int n = f.incidents().size();
            sourcesFrom = new int[n + 1];
            int[] ids = new int[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                sourcesFrom[k] = m;
                for (String src : f.incidents().get(k).sources()) {
                    if (m == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, 2 * m + 1);
                    }
                    ids[m++] = pos.computeIfAbsent(src, id -> {
                        articleIds.add(id);
                        return articleIds.size() - 1;
                    });
                }
            }
            sourcesFrom[n] = m;
            sourceIds = ids;
            indexedFor = f;
        }
        int[] c = new int[articleIds.size()];
        java.util.BitSet b = e.shown();
        for (int k = b.nextSetBit(0); k >= 0; k = b.nextSetBit(k + 1)) {
            for (int j = sourcesFrom[k]; j < sourcesFrom[k + 1]; j++) {
                c[sourceIds[j]]++;
            }
        }
        Map<String, int[]> out = new HashMap<>();
        for (int id = 0; id < c.length; id++) {
            out.put(articleIds.get(id), new int[] {c[id]});
        }
        return out;
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
