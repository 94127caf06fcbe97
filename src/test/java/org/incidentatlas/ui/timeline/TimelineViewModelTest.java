package org.incidentatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Extraction;
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
        var marks = timeline.marks();
        assertThat(marks.size()).isEqualTo(6);
        List<String> dots = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            if (marks.isDot(k)) {
                dots.add(marks.incident(k).id());
            }
        }
        assertThat(dots).containsExactlyInAnyOrder("i1", "i2", "i3", "i7");
        assertThat(timeline.firstMonth()).isEqualTo(YearMonth.of(2020, 1));
    }

    @Test
    void marksFollowWhatIsShown() {
        timeline.brush(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 31));
        var marks = timeline.marks();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            ids.add(marks.incident(k).id());
        }
        assertThat(ids).containsExactly("i3", "i4");
    }

    /**
     * 100k shown, each precision in its own lane, aggregated per pixel column: a day is a dot in its column of the
     * day lane, a month a bar over the month's columns in the month lane, a year over the whole year.
     */
    @Test
    void marksOfAHundredThousandKeepTheirPrecisionPerColumnAndLane() {
        List<Incident> many = new ArrayList<>();
        Incident proto = SyntheticExtraction.extraction().incidents().get(0);
        for (int k = 0; k < 100_000; k++) {
            EventDate d = switch (k % 4) {
                case 0 -> EventDate.day(LocalDate.of(2020, 1, 1).plusDays(k / 4 % 366), "day");
                case 1 -> new EventDate(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), DatePrecision.MONTH,
                        "June", false);
                case 2 -> new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), DatePrecision.YEAR,
                        "2020", false);
                default -> EventDate.unresolved("once");
            };
            many.add(new Incident("m" + k, proto.type(), d, proto.place(), proto.geoPrecision(), proto.actors(),
                    null, proto.status(), proto.evidence(), proto.sources(), null));
        }
        filter.setExtraction(new Extraction(SyntheticExtraction.extraction().articles(), List.of(), many, List.of(),
                List.of())).join();
        assertThat(filter.shown()).hasSize(100_000);
        var marks = timeline.marks();
        assertThat(marks.size()).isEqualTo(75_000);
        // 2020 is 366 days: one column per day
        long first = LocalDate.of(2020, 1, 1).toEpochDay();
        var c = marks.columns(first, 366, 366);
        int day = TimelineViewModel.LANES.indexOf(DatePrecision.DAY);
        int week = TimelineViewModel.LANES.indexOf(DatePrecision.WEEK);
        int month = TimelineViewModel.LANES.indexOf(DatePrecision.MONTH);
        int year = TimelineViewModel.LANES.indexOf(DatePrecision.YEAR);
        int june1 = (int) (LocalDate.of(2020, 6, 1).toEpochDay() - first);
        // every day has its dots (25,000 over 366 days), in the day lane only
        assertThat(IntStream.of(c.dots()[day]).min().orElseThrow()).isEqualTo(68);
        assertThat(IntStream.of(c.dots()[day]).sum()).isEqualTo(25_000);
        assertThat(IntStream.of(c.bars()[day]).sum()).isZero();
        assertThat(IntStream.of(c.bars()[week]).sum()).isZero();
        // June's bar covers exactly June's 30 columns
        assertThat(c.bars()[month][june1 - 1]).isZero();
        assertThat(c.bars()[month][june1]).isEqualTo(25_000);
        assertThat(c.bars()[month][june1 + 29]).isEqualTo(25_000);
        assertThat(c.bars()[month][june1 + 30]).isZero();
        assertThat(IntStream.of(c.bars()[year]).distinct().toArray()).containsExactly(25_000);
        assertThat(c.max()[month]).isEqualTo(25_000);
        // a click picks a mark of the lane clicked
        assertThat(marks.at(first, 366, 366, june1 + 10, month, 3).date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(marks.at(first, 366, 366, 10, day, 3).date().precision()).isEqualTo(DatePrecision.DAY);
    }
}
