package org.incidentatlas.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.IncidentFilter;
import org.incidentatlas.ui.FilterModel;

/**
 * The timeline's state: one bin per month between the first and the last dated incident (counts under every
 * filter except the time window, so the histogram shows what brushing elsewhere would give), the undated count in
 * its own lane (never dropped, never guessed onto a month), the brushed window, and the marks of the shown
 * incidents drawn at their precision: a day is a dot, a week, month or year a bar over its whole range.
 */
public final class TimelineViewModel {
    /** Above this many shown incidents only the histogram is drawn: 100k dots say nothing and cost frames. */
    public static final int MAX_MARKS = 3000;

    public record Bin(YearMonth month, int count) {
    }

    /** A shown, dated incident as drawn: a dot when {@code start == end} at day precision, else a bar. */
    public record Mark(Incident incident, LocalDate start, LocalDate end, DatePrecision precision) {
        public boolean isDot() {
            return precision == DatePrecision.DAY && start.equals(end);
        }
    }

    private final FilterModel filter;
    private final ObservableList<Bin> bins = FXCollections.observableArrayList();
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper undated = new ReadOnlyIntegerWrapper(this, "undated");
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window", TimeWindow.ALL);
    private final BooleanProperty includeUndated = new SimpleBooleanProperty(this, "includeUndated", true);
    private YearMonth first;
    private YearMonth last;

    public TimelineViewModel(FilterModel filter) {
        this.filter = filter;
        filter.indexProperty().addListener((o, a, f) -> domain(f));
        filter.evaluationProperty().addListener((o, a, e) -> refresh(e));
        filter.shown().addListener((javafx.collections.ListChangeListener<Incident>) c -> refreshMarks());
        filter.stateProperty().addListener((o, a, s) -> {
            window.set(s.window());
            includeUndated.set(s.includeUndated());
        });
        includeUndated.addListener((o, a, on) -> {
            if (filter.state().includeUndated() != on) {
                filter.stateProperty().set(filter.state().withIncludeUndated(on));
            }
        });
        domain(filter.indexProperty().get());
        refresh(filter.evaluationProperty().get());
        refreshMarks();
    }

    private void domain(IncidentFilter f) {
        first = null;
        last = null;
        if (f == null) {
            return;
        }
        for (Incident i : f.incidents()) {
            if (i.date().isResolved()) {
                YearMonth s = YearMonth.from(i.date().start());
                YearMonth e = YearMonth.from(i.date().end());
                first = first == null || s.isBefore(first) ? s : first;
                last = last == null || e.isAfter(last) ? e : last;
            }
        }
    }

    private void refresh(IncidentFilter.Evaluation e) {
        List<Bin> out = new ArrayList<>();
        if (e != null && first != null) {
            Map<YearMonth, Integer> months = e.counts().months();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                out.add(new Bin(m, months.getOrDefault(m, 0)));
            }
        }
        bins.setAll(out);
        undated.set(e == null ? 0 : e.counts().undated());
    }

    private void refreshMarks() {
        List<Mark> ms = new ArrayList<>();
        if (filter.shown().size() <= MAX_MARKS) {
            for (Incident i : filter.shown()) {
                if (i.date().isResolved()) {
                    ms.add(new Mark(i, i.date().start(), i.date().end(), i.date().precision()));
                }
            }
        }
        marks.setAll(ms);
    }

    /** Brushing: the window between two days, in either order. */
    public void brush(LocalDate a, LocalDate b) {
        filter.setWindow(a.isAfter(b) ? new TimeWindow(b, a) : new TimeWindow(a, b));
    }

    public void clearBrush() {
        filter.setWindow(TimeWindow.ALL);
    }

    /**
     * Moves the window by its own length, forward or back, stopping at the data's ends; with no window, starts
     * with the first (or last) month. Returns false when there is nowhere left to go (play stops there).
     */
    public boolean step(boolean forward) {
        if (first == null) {
            return false;
        }
        TimeWindow w = window.get();
        if (w.from() == null || w.to() == null) {
            YearMonth m = forward ? first : last;
            filter.setWindow(new TimeWindow(m.atDay(1), m.atEndOfMonth()));
            return true;
        }
        long days = ChronoUnit.DAYS.between(w.from(), w.to()) + 1;
        LocalDate from = forward ? w.from().plusDays(days) : w.from().minusDays(days);
        if (forward ? from.isAfter(last.atEndOfMonth()) : from.plusDays(days - 1).isBefore(first.atDay(1))) {
            return false;
        }
        // month-aligned windows stay month-aligned: Feb follows Jan, not "Jan 31 + 31 days"
        if (w.from().getDayOfMonth() == 1 && w.to().equals(YearMonth.from(w.to()).atEndOfMonth())) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(w.from()), YearMonth.from(w.to())) + 1;
            YearMonth s = YearMonth.from(w.from()).plusMonths(forward ? months : -months);
            filter.setWindow(new TimeWindow(s.atDay(1), s.plusMonths(months - 1).atEndOfMonth()));
        } else {
            filter.setWindow(new TimeWindow(from, from.plusDays(days - 1)));
        }
        return true;
    }

    /**
     * A typed "jump to date": "2020" shows that year, "2020-01" that month, "2020-01-05" that day. Returns null
     * when done, else what was wrong with the text (the window is left as it was).
     */
    public String jumpTo(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                filter.setWindow(new TimeWindow(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            } else if (t.matches("\\d{4}-\\d{1,2}")) {
                YearMonth m = YearMonth.parse(t.length() == 6 ? t.substring(0, 5) + "0" + t.substring(5) : t);
                filter.setWindow(new TimeWindow(m.atDay(1), m.atEndOfMonth()));
            } else {
                LocalDate d = LocalDate.parse(t);
                filter.setWindow(new TimeWindow(d, d));
            }
            return null;
        } catch (DateTimeParseException | NumberFormatException e) {
            return "Not a date: \u201c" + t + "\u201d (type 2020, 2020-01 or 2020-01-05)";
        }
    }

    /** The first and last month drawn, or null with no dated incident. */
    public YearMonth firstMonth() {
        return first;
    }

    public YearMonth lastMonth() {
        return last;
    }

    public ObservableList<Bin> bins() {
        return bins;
    }

    public ObservableList<Mark> marks() {
        return marks;
    }

    public ReadOnlyIntegerProperty undatedProperty() {
        return undated.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** The undated lane's switch: off means "dated only". */
    public BooleanProperty includeUndatedProperty() {
        return includeUndated;
    }

    FilterState state() {
        return filter.state();
    }
}
