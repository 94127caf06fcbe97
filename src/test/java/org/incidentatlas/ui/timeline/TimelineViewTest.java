package org.incidentatlas.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The timeline drawn headless: with 100k incidents shown, every precision lane still shows its marks. */
@Tag("ui")
@org.junit.jupiter.api.extension.ExtendWith(org.incidentatlas.ui.ToolkitThroughTestFx.class)
class TimelineViewTest {

    /** 100k incidents in 2020: days, a week, June, the whole year (and some undated), a quarter each. */
    private static Extraction hundredThousand() {
        Incident proto = SyntheticExtraction.extraction().incidents().get(0);
        List<Incident> many = new ArrayList<>();
        for (int k = 0; k < 100_000; k++) {
            EventDate d = switch (k % 5) {
                case 0, 1 -> EventDate.day(LocalDate.of(2020, 1, 1).plusDays(k / 5 % 366), "day");
                case 2 -> new EventDate(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 8), DatePrecision.WEEK,
                        "that week", false);
                case 3 -> new EventDate(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30), DatePrecision.MONTH,
                        "June", false);
                default -> k % 10 == 4 ? new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                        DatePrecision.YEAR, "2020", false) : EventDate.unresolved("once");
            };
            many.add(new Incident("m" + k, proto.type(), d, proto.place(), proto.geoPrecision(), proto.actors(),
                    null, proto.status(), proto.evidence(), proto.sources(), null));
        }
        return new Extraction(SyntheticExtraction.extraction().articles(), List.of(), many, List.of(), List.of());
    }

    @Test
    void everyPrecisionLaneIsDrawnWithAHundredThousandShown() throws Exception {
        Extraction x = hundredThousand();
        CompletableFuture<Object[]> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                FilterModel filter = new FilterModel(Runnable::run, Runnable::run);
                TimelineViewModel vm = new TimelineViewModel(filter);
                filter.setExtraction(x).join();
                TimelineView view = new TimelineView(vm);
                new Scene(view, 900, 150);
                view.applyCss();
                view.resize(900, 150);
                view.layout();
                drawn.complete(new Object[] {view, view.canvas().snapshot(null, null), filter.shown().size()});
            } catch (RuntimeException e) {
                drawn.completeExceptionally(e);
            }
        });
        Object[] r = drawn.get(60, TimeUnit.SECONDS);
        TimelineView view = (TimelineView) r[0];
        Image img = (Image) r[1];
        assertThat((int) r[2]).isEqualTo(100_000);
        double top = img.getHeight() - TimelineView.AXIS_H - TimelineView.MARKS_H;
        int day = lane(top, DatePrecision.DAY);
        int week = lane(top, DatePrecision.WEEK);
        int month = lane(top, DatePrecision.MONTH);
        int year = lane(top, DatePrecision.YEAR);
        // the day lane: dots all along the year
        for (LocalDate d = LocalDate.of(2020, 1, 10); d.getYear() == 2020; d = d.plusDays(40)) {
            assertThat(dark(img, mid(view, d, d), day)).as("day lane at %s", d).isTrue();
        }
        // the week lane: only the first week of March
        assertThat(dark(img, mid(view, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 8)), week)).isTrue();
        assertThat(dark(img, mid(view, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 1)), week)).isFalse();
        // the month lane: June, and nothing in May or July
        assertThat(dark(img, mid(view, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)), month)).isTrue();
        assertThat(dark(img, mid(view, LocalDate.of(2020, 5, 10), LocalDate.of(2020, 5, 20)), month)).isFalse();
        assertThat(dark(img, mid(view, LocalDate.of(2020, 7, 10), LocalDate.of(2020, 7, 20)), month)).isFalse();
        // the year lane: the whole year
        assertThat(dark(img, mid(view, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1)), year)).isTrue();
        assertThat(dark(img, mid(view, LocalDate.of(2020, 11, 1), LocalDate.of(2020, 11, 1)), year)).isTrue();
    }

    private static int lane(double top, DatePrecision p) {
        return (int) (top + TimelineViewModel.LANES.indexOf(p) * TimelineView.LANE_H + TimelineView.LANE_H / 2);
    }

    private static int mid(TimelineView view, LocalDate from, LocalDate to) {
        return (int) ((view.xOf(from) + view.xOf(to.plusDays(1))) / 2);
    }

    /** A mark's grey, not the timeline's background (#fafafa). */
    private static boolean dark(Image img, int x, int y) {
        Color c = img.getPixelReader().getColor(x, y);
        return c.getBrightness() < 0.7;
    }
}
