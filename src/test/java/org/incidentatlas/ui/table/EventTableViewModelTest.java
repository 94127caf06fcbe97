package org.incidentatlas.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.SyntheticIncidents;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SelectionModel;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventTableViewModelTest {
    private FilterModel filter;
    private EventTableViewModel table;
    private ArticleListViewModel articles;

    @BeforeEach
    void setUp() {
        filter = new FilterModel(Runnable::run, Runnable::run);
        table = new EventTableViewModel(filter, new SelectionModel());
        articles = new ArticleListViewModel(filter);
        filter.setExtraction(SyntheticExtraction.extraction()).join();
    }

    @Test
    void rowsFollowTheFilter() {
        assertThat(table.rows()).hasSize(7);
        filter.toggle(Facet.EVENT_TYPE, "Strategic developments");
        assertThat(table.rows()).extracting(Incident::id).containsExactly("i4", "i5");
        assertThat(table.countProperty().get()).isEqualTo("2 shown");
    }

    @Test
    void onlyWhatIsInViewKeepsPinnedIncidentsInsideTheViewport() {
        // west, south, east, north around Baghdad and Ayn al-Asad, not Syria, Kirkuk or Moscow
        table.viewportProperty().set(new double[] {42.0, 33.0, 45.0, 34.0});
        assertThat(table.rows()).hasSize(7);
        table.onlyInViewProperty().set(true);
        assertThat(table.rows()).extracting(Incident::id).containsExactly("i1", "i2", "i7");
        assertThat(table.countProperty().get()).isEqualTo("3 in view of 7 shown");
        table.viewportProperty().set(new double[] {35, 30, 41, 40});
        assertThat(table.rows()).extracting(Incident::id).containsExactly("i3");
    }

    @Test
    void theTableSearchIsTheSharedFilterText() {
        table.searchProperty().set("Kirkuk");
        assertThat(filter.state().text()).isEqualTo("Kirkuk");
        assertThat(table.rows()).extracting(Incident::id).containsExactly("i4");
        filter.reset();
        assertThat(table.searchProperty().get()).isEmpty();
    }

    @Test
    void columnsSayUndatedAndUnpinnedRatherThanLeavingBlanks() {
        Incident i6 = table.rows().stream().filter(i -> i.id().equals("i6")).findFirst().orElseThrow();
        assertThat(EventTableViewModel.date(i6)).isEqualTo("undated");
        assertThat(EventTableViewModel.place(i6)).isEqualTo("(no place)");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2020                   | 2020-01-01 | 2020-12-31 | YEAR
            2020-02                | 2020-02-01 | 2020-02-29 | MONTH
            2020-01-05             | 2020-01-05 | 2020-01-05 | DAY
            2020-01-05..2020-01-09 | 2020-01-05 | 2020-01-09 | WEEK
            Jan 5                  | null       | null       | null
            2020-13                | null       | null       | null
            """)
    void typedDatesKeepThePrecisionTyped(String typed, String start, String end, String precision) {
        var d = EventTableViewModel.typedDate(typed);
        if (start == null) {
            assertThat(d).isNull();
        } else {
            assertThat(d.start()).hasToString(start);
            assertThat(d.end()).hasToString(end);
            assertThat(d.precision().name()).isEqualTo(precision);
        }
    }

    @Test
    void articleListCountsShownIncidentsPerArticle() {
        assertThat(articles.rows()).extracting(r -> r.shown() + "/" + r.total()).containsExactly("3/3", "4/4");
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        assertThat(articles.rows()).extracting(r -> r.shown() + "/" + r.total()).containsExactly("0/3", "1/4");
    }

    /** What the table's own comparator does: column texts compared with the default collator, ties kept in order. */
    private static List<String> sortedLikeATable(List<Incident> rows, EventTableViewModel.SortKey... keys) {
        Collator collator = Collator.getInstance();
        Comparator<Incident> c = (a, b) -> 0;
        for (EventTableViewModel.SortKey k : keys) {
            Comparator<Incident> one = (a, b) -> collator.compare(k.column().text(a), k.column().text(b));
            c = c.thenComparing(k.ascending() ? one : one.reversed());
        }
        return rows.stream().sorted(c).map(Incident::id).toList();
    }

    @Test
    void sortedRowsStaySortedWhenTheFilterChanges() {
        filter.setExtraction(SyntheticIncidents.generate(3000, 5)).join();
        var byTypeThenLatest = new EventTableViewModel.SortKey[] {
            new EventTableViewModel.SortKey(EventTableViewModel.Column.TYPE, true),
            new EventTableViewModel.SortKey(EventTableViewModel.Column.DATE, false)};
        table.sortBy(List.of(byTypeThenLatest));
        assertThat(table.rows()).extracting(Incident::id).containsExactlyElementsOf(
                sortedLikeATable(filter.shown(), byTypeThenLatest));
        filter.toggle(Facet.STATUS, "reported");
        filter.setWindow(new TimeWindow(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 6, 30)));
        assertThat(table.rows()).hasSizeLessThan(3000).extracting(Incident::id).containsExactlyElementsOf(
                sortedLikeATable(filter.shown(), byTypeThenLatest));
        var killed = new EventTableViewModel.SortKey(EventTableViewModel.Column.KILLED, true);
        table.sortBy(List.of(killed));
        assertThat(table.rows()).extracting(Incident::id).containsExactlyElementsOf(
                sortedLikeATable(filter.shown(), killed));
        table.sortBy(List.of());
        assertThat(table.rows()).containsExactlyElementsOf(filter.shown());
    }
}
