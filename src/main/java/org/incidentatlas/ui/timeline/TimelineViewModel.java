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
 * its own lane (never dropped, never guessed onto a month), the brushed window, and the marks of all the shown
 * dated incidents at their precision, one lane per precision: a day is a dot, a week, month or year a bar over
 * its whole range. However many are shown, the marks are drawn aggregated per pixel column and lane
 * ({@link Marks#columns}), so the precision stays visible at 100k.
 */
public final class TimelineViewModel {
    /** The lanes of marks, top to bottom. */
    public static final List<DatePrecision> LANES = List.of(DatePrecision.DAY, DatePrecision.WEEK,
            DatePrecision.MONTH, DatePrecision.YEAR);

    public record Bin(YearMonth month, int count) {
    }

    /**
     * The shown, dated incidents as drawn, in shown order: per mark its incident, first and last day and lane.
     * Backed by arrays made once per index, so a new set of marks per filter change is one int array.
     */
    public static final class Marks {
        static final Marks NONE = new Marks(List.of(), new long[0], new long[0], new byte[0], new int[0]);
        private final List<Incident> incidents;
        private final long[] start;
        private final long[] end;
        private final byte[] lane;
        private final int[] at;

        Marks(List<Incident> incidents, long[] start, long[] end, byte[] lane, int[] at) {
            this.incidents = incidents;
            this.start = start;
            this.end = end;
            this.lane = lane;
            this.at = at;
        }

        public int size() {
            return at.length;
        }

        public Incident incident(int k) {
            return incidents.get(at[k]);
        }

        public LocalDate start(int k) {
            return LocalDate.ofEpochDay(start[at[k]]);
        }

        public LocalDate end(int k) {
            return LocalDate.ofEpochDay(end[at[k]]);
        }

        /** The mark's lane, an index into {@link #LANES}. */
        public int lane(int k) {
            return lane[at[k]];
        }

        /** A single day at day precision: drawn as a dot, everything else as a bar over its days. */
        public boolean isDot(int k) {
            return lane[at[k]] == 0 && start[at[k]] == end[at[k]];
        }

        /**
         * The marks aggregated for a plot {@code width} pixels wide showing {@code days} days from
         * {@code firstDay} (epoch day), one cell per lane and pixel column: how many dots are centred in the
         * column and how many bars cover it (at least one column each). Linear in marks plus columns.
         */
        public Columns columns(long firstDay, long days, double width) {
            int w = Math.max(1, (int) Math.ceil(width));
            int[][] dots = new int[LANES.size()][w];
            int[][] bars = new int[LANES.size()][w + 1];
            double perDay = width / days;
            for (int i : at) {
                double x0 = (start[i] - firstDay) * perDay;
                int l = lane[i];
                if (l == 0 && start[i] == end[i]) {
                    dots[l][clamp((int) Math.floor(x0 + perDay / 2), w)]++;
                } else {
                    int c0 = clamp((int) Math.floor(x0), w);
                    int c1 = Math.max(c0 + 1, Math.min(w, (int) Math.ceil((end[i] + 1 - firstDay) * perDay)));
                    bars[l][c0]++;
                    bars[l][c1]--;
                }
            }
            int[] max = new int[LANES.size()];
            for (int l = 0; l < LANES.size(); l++) {
                int run = 0;
                for (int c = 0; c < w; c++) {
                    run += bars[l][c];
                    bars[l][c] = run;
                    max[l] = Math.max(max[l], Math.max(run, dots[l][c]));
                }
                bars[l] = java.util.Arrays.copyOf(bars[l], w);
            }
            return new Columns(dots, bars, max);
        }

        /**
         * The mark under plot position {@code x} (pixels, the same plot as {@link #columns}) in lane {@code lane},
         * within {@code slack} pixels; the first in shown order, else the first in any lane; null if none.
         */
        public Incident at(long firstDay, long days, double width, double x, int lane, double slack) {
            Incident any = null;
            double perDay = width / days;
            for (int i : at) {
                double x0 = (start[i] - firstDay) * perDay;
                double x1 = (end[i] + 1 - firstDay) * perDay;
                if (x >= x0 - slack && x <= Math.max(x1, x0 + slack)) {
                    if (this.lane[i] == lane) {
                        return incidents.get(i);
                    }
                    any = any == null ? incidents.get(i) : any;
                }
            }
            return any;
        }

        private static int clamp(int c, int w) {
            return Math.max(0, Math.min(w - 1, c));
        }
    }

    /**
     * Marks per lane and pixel column: {@code dots[lane][column]} day marks centred there, {@code
     * bars[lane][column]} longer marks covering it; {@code max[lane]} the lane's largest cell.
     */
    public record Columns(int[][] dots, int[][] bars, int[] max) {
    }

    private final FilterModel filter;
    private final ObservableList<Bin> bins = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Marks> marks = new ReadOnlyObjectWrapper<>(this, "marks", Marks.NONE);
    private final ReadOnlyIntegerWrapper undated = new ReadOnlyIntegerWrapper(this, "undated");
    private final ReadOnlyObjectWrapper<TimeWindow> window = new ReadOnlyObjectWrapper<>(this, "window", TimeWindow.ALL);
    private final BooleanProperty includeUndated = new SimpleBooleanProperty(this, "includeUndated", true);
    private YearMonth first;
    private YearMonth last;
    /** Per incident of the index: first and last epoch day and lane (-1: undated), made once per index. */
    private long[] markStart = new long[0];
    private long[] markEnd = new long[0];
    private byte[] markLane = new byte[0];

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
        int n = f == null ? 0 : f.incidents().size();
        markStart = new long[n];
        markEnd = new long[n];
        markLane = new byte[n];
        for (int k = 0; k < n; k++) {
            Incident i = f.incidents().get(k);
            markLane[k] = -1;
            if (i.date().isResolved()) {
                YearMonth s = YearMonth.from(i.date().start());
                YearMonth e = YearMonth.from(i.date().end());
                first = first == null || s.isBefore(first) ? s : first;
                last = last == null || e.isAfter(last) ? e : last;
                markStart[k] = i.date().start().toEpochDay();
                markEnd[k] = i.date().end().toEpochDay();
                markLane[k] = (byte) laneOf(i.date().precision(), markEnd[k] - markStart[k] + 1);
            }
        }
    }

    /** The lane of a date: its precision's; a range of unknown precision by its length. */
    static int laneOf(DatePrecision p, long days) {
        int l = LANES.indexOf(p);
        if (l >= 0) {
            return l;
        }
        return days <= 1 ? 0 : days <= 7 ? 1 : days <= 31 ? 2 : 3;
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
        IncidentFilter f = filter.indexProperty().get();
        IncidentFilter.Evaluation e = filter.evaluationProperty().get();
        if (f == null || e == null || markLane.length != f.incidents().size()
                || e.shown().length() > markLane.length) {
            marks.set(Marks.NONE);
            return;
        }
        java.util.BitSet b = e.shown();
        int[] at = new int[b.cardinality()];
        int n = 0;
        for (int k = b.nextSetBit(0); k >= 0; k = b.nextSetBit(k + 1)) {
            if (markLane[k] >= 0) {
                at[n++] = k;
            }
        }
        marks.set(new Marks(f.incidents(), markStart, markEnd, markLane, java.util.Arrays.copyOf(at, n)));
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

    /** The marks of the shown dated incidents; a new value on every change of what is shown. */
    public ReadOnlyObjectProperty<Marks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public Marks marks() {
        return marks.get();
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
