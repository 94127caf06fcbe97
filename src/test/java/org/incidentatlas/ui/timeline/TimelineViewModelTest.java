package org.incidentatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineViewModelTest {
    private FilterModel filter;
    private TimelineViewModel timeline;

    @BeforeEach
    void setUp() {
        filter = new FilterModel(Runnable::run, Runnable::run);
        timeline = new TimelineViewModel(filter);
        filter.setExtraction(SyntheticExtraction.extraction()).join();
    }

    private String bins() {
        return String.join(" ", timeline.bins().stream().map(b -> b.month() + "=" + b.count()).toList());
    }

    @Test
    void oneBinPerMonthFromFirstToLastWithUndatedApart() {
        assertThat(bins()).isEqualTo("2020-01=3 2020-02=1 2020-03=1 2020-04=0 2020-05=1");
        assertThat(timeline.undatedProperty().get()).isEqualTo(1);
    }

    @Test
    void brushingFiltersTheShownIncidentsButNotTheHistogram() {
        timeline.brush(LocalDate.of(2020, 3, 31), LocalDate.of(2020, 2, 1));
        assertThat(filter.shown()).extracting(Incident::id).containsExactly("i3", "i4", "i6");
        assertThat(timeline.windowProperty().get()).isEqualTo(new TimeWindow(LocalDate.of(2020, 2, 1),
                LocalDate.of(2020, 3, 31)));
        assertThat(bins()).isEqualTo("2020-01=3 2020-02=1 2020-03=1 2020-04=0 2020-05=1");
        assertThat(timeline.undatedProperty().get()).isEqualTo(1);
    }

    @Test
    void theUndatedLaneCanBeSwitchedOffButIsStillCounted() {
        timeline.includeUndatedProperty().set(false);
        assertThat(filter.shown()).extracting(Incident::id).doesNotContain("i6");
        assertThat(filter.summaryProperty().get()).isEqualTo("6 of 7 incidents shown");
        assertThat(timeline.undatedProperty().get()).isEqualTo(1);
    }

    @Test
    void otherFiltersChangeTheHistogram() {
        filter.toggle(Facet.EVENT_TYPE, "Violence against civilians");
        assertThat(bins()).isEqualTo("2020-01=1 2020-02=0 2020-03=0 2020-04=0 2020-05=0");
        assertThat(timeline.undatedProperty().get()).isEqualTo(1);
    }

    @Test
    void stepMovesAMonthWindowByWholeMonthsAndStopsAtTheEnd() {
        assertThat(timeline.step(true)).isTrue();
        assertThat(timeline.windowProperty().get().describe()).isEqualTo("2020-01-01 to 2020-01-31");
        timeline.step(true);
        assertThat(timeline.windowProperty().get().describe()).isEqualTo("2020-02-01 to 2020-02-29");
        timeline.step(true);
        timeline.step(true);
        timeline.step(true);
        assertThat(timeline.windowProperty().get().describe()).isEqualTo("2020-05-01 to 2020-05-31");
        assertThat(timeline.step(true)).isFalse();
        timeline.step(false);
        assertThat(timeline.windowProperty().get().describe()).isEqualTo("2020-04-01 to 2020-04-30");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2020,       2020-01-01 to 2020-12-31
            2020-02,    2020-02-01 to 2020-02-29
            2020-2,     2020-02-01 to 2020-02-29
            2020-01-03, 2020-01-03 to 2020-01-03
            """)
    void jumpToDateShowsThePeriodTyped(String typed, String window) {
        assertThat(timeline.jumpTo(typed)).isNull();
        assertThat(timeline.windowProperty().get().describe()).isEqualTo(window);
    }

    @Test
    void aTypoIsReportedAndChangesNothing() {
        assertThat(timeline.jumpTo("Jan 2020")).contains("Not a date");
        assertThat(timeline.windowProperty().get().isAll()).isTrue();
    }

    @Test
    void marksDrawDaysAsDotsAndMonthsAsBars() {
        assertThat(timeline.marks()).hasSize(6);
        assertThat(timeline.marks().stream().filter(TimelineViewModel.Mark::isDot).map(m -> m.incident().id()))
                .containsExactlyInAnyOrder("i1", "i2", "i3", "i7");
        assertThat(timeline.firstMonth()).isEqualTo(YearMonth.of(2020, 1));
    }
}
