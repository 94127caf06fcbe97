package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.io.ExportSamples;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentFilterTest {
    private final Extraction x = ExportSamples.extraction();
    private final IncidentFilter filter = new IncidentFilter(x);

    private static FilterState window(String from, String to, boolean undated) {
        return new FilterState(new TimeWindow(from.isEmpty() ? null : LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to)),
                undated, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");
    }

    @ParameterizedTest(name = "{0}..{1} undated={2} -> {3}")
    @CsvSource(textBlock = """
            ,           ,           true,  a.txt#1 b.txt#1 b.txt#2
            ,           ,           false, a.txt#1 b.txt#1
            2018-03-31, 2018-03-31, false, b.txt#1
            2018-03-31, 2018-03-31, true,  b.txt#1 b.txt#2
            2018-04-01, 2020-01-04, false, ''
            2020-01-05, ,           false, a.txt#1
            ,           2018-02-28, false, ''
            """)
    void timeWindowKeepsWhatOverlapsAndUndatedOnlyWhenAsked(String from, String to, boolean undated, String ids) {
        FilterState f = window(from == null ? "" : from, to == null ? "" : to, undated);
        assertThat(String.join(" ", filter.shown(f).stream().map(Incident::id).toList())).isEqualTo(ids);
    }

    @ParameterizedTest(name = "search \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ain al-Asad                  | a.txt#1
            Ayn al-Asad                  | a.txt#1
            Nujaba                       | a.txt#1 b.txt#1
            Harakat Hezbollah al-Nujaba  | a.txt#1 b.txt#1
            al-Nujaba                    | a.txt#1 b.txt#1
            Hizballah                    | a.txt#1 b.txt#1
            Abu Kamal                    | b.txt#1
            threatened                   | b.txt#2
            Mosul                        | ''
            """)
    void textSearchFoldsTransliterations(String query, String ids) {
        FilterState f = FilterState.NONE.withText(query);
        assertThat(String.join(" ", filter.shown(f).stream().map(Incident::id).toList())).isEqualTo(ids);
    }

    @Test
    void facetCountsShowWhatEachChoiceWouldAdd() {
        FilterState f = FilterState.NONE.withEventTypes(Set.of("Strategic developments"));
        FacetCounts c = filter.count(f);

        assertThat(c.summary()).isEqualTo("2 of 3 incidents shown");
        // the facet's own values keep counting, so the other type can still be added
        assertThat(c.of(Facet.EVENT_TYPE)).containsExactly(Map.entry("Strategic developments", 2),
                Map.entry("Explosions/Remote violence", 1));
        // other facets count only what is shown
        assertThat(c.of(Facet.ACTOR)).containsEntry("Harakat Hezbollah al-Nujaba", 1).containsEntry("Kataib Hezbollah", 0);
        assertThat(c.of(Facet.STATUS)).containsEntry("alleged", 1).containsEntry("threatened", 1).containsEntry("reported", 0);
        assertThat(c.of(Facet.GEO_PRECISION)).containsEntry("2", 1).containsEntry("0", 1);
        assertThat(c.of(Facet.DATE_PRECISION)).containsEntry("month", 1).containsEntry("unknown", 1);
        assertThat(c.of(Facet.PUBLISHER)).containsEntry("Al-Sharq, Al-Awsat", 2);
        assertThat(c.months()).containsExactly(Map.entry(YearMonth.of(2018, 3), 1));
        assertThat(c.undated()).isEqualTo(1);
    }

    @Test
    void combiningFacetsIsAndAcrossAndOrWithin() {
        FilterState f = FilterState.NONE.withStatuses(Set.of(EventStatus.REPORTED, EventStatus.ALLEGED))
                .withActors(Set.of("Harakat Hezbollah al-Nujaba"));
        assertThat(filter.shown(f)).extracting(Incident::id).containsExactly("a.txt#1", "b.txt#1");
        FilterState g = f.withStatuses(Set.of(EventStatus.ALLEGED));
        assertThat(filter.shown(g)).extracting(Incident::id).containsExactly("b.txt#1");
        assertThat(filter.count(g).of(Facet.STATUS)).containsEntry("reported", 1).containsEntry("alleged", 1);
    }

    @Test
    void timelineIgnoresTheTimeWindowButNotTheOtherFilters() {
        FilterState f = window("2020-01-01", "2020-12-31", false);
        FacetCounts c = filter.count(f);
        assertThat(c.shown()).isEqualTo(1);
        assertThat(c.months()).containsOnlyKeys(YearMonth.of(2018, 3), YearMonth.of(2020, 1));
        assertThat(c.undated()).isEqualTo(1);
    }

    @Test
    void whatIsShownBecomesAnExtractionForExportsWithItsScope() {
        FilterState f = window("2018-01-01", "2018-12-31", false);
        Extraction shown = filter.apply(f);
        assertThat(shown.incidents()).extracting(Incident::id).containsExactly("b.txt#1");
        assertThat(shown.deployments()).hasSize(1); // since 2017, open: overlaps 2018
        assertThat(shown.articles()).hasSize(2);
        assertThat(f.describe()).isEqualTo("what is shown: time 2018-01-01 to 2018-12-31");
        assertThat(filter.apply(FilterState.NONE)).isSameAs(x);
        assertThat(FilterState.NONE.describe()).isEqualTo("everything");
    }

    @Test
    void syntheticCountsAgreeWithABruteForceFilter() {
        Extraction big = SyntheticIncidents.generate(5_000, 7);
        IncidentFilter index = new IncidentFilter(big);
        FilterState f = new FilterState(new TimeWindow(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 6, 30)), true,
                Set.of("Battles", "Explosions/Remote violence"), Set.of(), Set.of("Kataib Hezbollah"),
                Set.of(), Set.of(), Set.of(1, 2), Set.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.UNKNOWN), "");
        long expected = big.incidents().stream().filter(i ->
                (!i.date().isResolved() || (!i.date().end().isBefore(LocalDate.of(2016, 1, 1))
                        && !i.date().start().isAfter(LocalDate.of(2018, 6, 30))))
                && Set.of("Battles", "Explosions/Remote violence").contains(i.type().type())
                && i.actors().stream().anyMatch(a -> a.name().equals("Kataib Hezbollah"))
                && i.isPinned() && i.geoPrecision() <= 2
                && Set.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.UNKNOWN).contains(i.date().precision()))
                .count();
        assertThat(expected).isPositive();
        assertThat(index.select(f).cardinality()).isEqualTo((int) expected);
        FacetCounts c = index.count(f);
        assertThat(c.shown()).isEqualTo((int) expected);
        assertThat(c.of(Facet.EVENT_TYPE).get("Battles") + c.of(Facet.EVENT_TYPE).get("Explosions/Remote violence"))
                .isEqualTo((int) expected);
    }
}
