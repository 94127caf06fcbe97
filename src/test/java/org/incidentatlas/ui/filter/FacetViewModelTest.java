package org.incidentatlas.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacetViewModelTest {
    private FilterModel filter;
    private FacetViewModel facets;

    @BeforeEach
    void setUp() {
        filter = new FilterModel(Runnable::run, Runnable::run);
        facets = new FacetViewModel(filter);
        filter.setExtraction(SyntheticExtraction.extraction()).join();
    }

    private String line(Facet f) {
        return String.join(", ", facets.entries(f).stream()
                .map(e -> e.label() + " " + e.count() + (e.chosen() ? "*" : "")).toList());
    }

    @Test
    void countsListMostFrequentFirst() {
        assertThat(line(Facet.EVENT_TYPE)).isEqualTo("Explosions/Remote violence 2, Strategic developments 2, "
                + "Violence against civilians 2, Battles 1");
        assertThat(facets.summaryProperty().get()).isEqualTo("7 of 7 incidents shown");
    }

    @Test
    void aFacetClickUpdatesTheOtherFacetsCountsAndKeepsItsOwnAlternatives() {
        Facet type = Facet.EVENT_TYPE;
        facets.toggle(facets.entries(type).stream().filter(e -> e.value().equals("Battles")).findFirst().orElseThrow());
        assertThat(facets.summaryProperty().get()).isEqualTo("1 of 7 incidents shown");
        // its own facet still counts what choosing another value would add
        assertThat(line(type)).contains("Battles 1*", "Explosions/Remote violence 2");
        // other facets count only what is shown
        assertThat(line(Facet.DATE_PRECISION)).isEqualTo("day 1, month 0, unknown 0");
        assertThat(facets.chips()).extracting(FilterModel.Chip::label).containsExactly("Event type: Battles");
    }

    @Test
    void entriesKeepTheirPlacesWhileTheAnalystClicks() {
        java.util.function.Function<Facet, java.util.List<String>> values = f -> facets.entries(f).stream()
                .map(FacetViewModel.Entry::value).toList();
        var actors = values.apply(Facet.ACTOR);
        var types = values.apply(Facet.EVENT_TYPE);
        facets.toggle(facets.entries(Facet.EVENT_TYPE).stream().filter(e -> e.value().equals("Battles")).findFirst()
                .orElseThrow());
        assertThat(values.apply(Facet.ACTOR)).isEqualTo(actors);
        assertThat(values.apply(Facet.EVENT_TYPE)).isEqualTo(types);
    }

    @Test
    void resetClearsChipsAndTicks() {
        filter.toggle(Facet.ACTOR, "Iran");
        facets.reset();
        assertThat(facets.chips()).isEmpty();
        assertThat(facets.entries(Facet.ACTOR)).noneMatch(FacetViewModel.Entry::chosen);
    }
}
