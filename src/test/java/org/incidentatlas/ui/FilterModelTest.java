package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared filter without a stage: both executors run in the calling thread. */
class FilterModelTest {
    private FilterModel filter;

    @BeforeEach
    void setUp() {
        filter = new FilterModel(Runnable::run, Runnable::run);
        filter.setExtraction(SyntheticExtraction.extraction()).join();
    }

    private java.util.List<String> shownIds() {
        return filter.shown().stream().map(Incident::id).toList();
    }

    @Test
    void everythingIsShownUntilSomethingIsChosen() {
        assertThat(filter.summaryProperty().get()).isEqualTo("7 of 7 incidents shown");
        assertThat(filter.chips()).isEmpty();
    }

    @Test
    void aTimeWindowKeepsOverlappingIncidentsAndTheUndatedOne() {
        filter.setWindow(new TimeWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        assertThat(shownIds()).containsExactly("i1", "i2", "i6", "i7");
        assertThat(filter.summaryProperty().get()).isEqualTo("4 of 7 incidents shown");
        assertThat(filter.chips()).extracting(FilterModel.Chip::label)
                .containsExactly("Time: 2020-01-01 to 2020-01-31");
    }

    @Test
    void togglingAFacetValueTwiceRemovesIt() {
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        assertThat(shownIds()).containsExactly("i3");
        assertThat(filter.isChosen(Facet.EVENT_TYPE, "Battles")).isTrue();
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        assertThat(shownIds()).hasSize(7);
    }

    @Test
    void statusAndPrecisionFacetsUseTheIndexSpelling() {
        filter.toggle(Facet.DATE_PRECISION, "month");
        assertThat(shownIds()).containsExactly("i4", "i5");
        filter.toggle(Facet.GEO_PRECISION, "1");
        assertThat(shownIds()).containsExactly("i5");
        assertThat(filter.chips()).extracting(FilterModel.Chip::label)
                .containsExactly("Place precision: 1 · the place itself", "Date precision: month");
    }

    @Test
    void removingAChipKeepsTheOtherConstraints() {
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        filter.setText("Mayadeen");
        FilterModel.Chip type = filter.chips().get(0);
        filter.stateProperty().set(type.without());
        assertThat(filter.state().eventTypes()).isEmpty();
        assertThat(filter.state().text()).isEqualTo("Mayadeen");
        assertThat(shownIds()).containsExactly("i3");
    }

    @Test
    void resetShowsEverythingAgain() {
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        filter.setWindow(new TimeWindow(LocalDate.of(2020, 2, 1), null));
        filter.reset();
        assertThat(filter.state()).isEqualTo(FilterState.NONE);
        assertThat(filter.summaryProperty().get()).isEqualTo("7 of 7 incidents shown");
    }

    @Test
    void exportOfWhatIsShownHasOnlyTheFilteredIncidentsAndSaysSo() {
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        assertThat(filter.forExport(true).incidents()).extracting(Incident::id).containsExactly("i3");
        assertThat(filter.scope(true)).isEqualTo("what is shown: type Battles");
        assertThat(filter.forExport(false).incidents()).hasSize(7);
        assertThat(filter.scope(false)).isEqualTo("everything");
    }

    @Test
    void aNewExtractionKeepsTheFilterInForce() {
        filter.toggle(Facet.EVENT_TYPE, "Battles");
        filter.setExtraction(SyntheticExtraction.extraction()).join();
        assertThat(shownIds()).containsExactly("i3");
    }
}
