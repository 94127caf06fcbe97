package org.incidentatlas.model;

import java.time.LocalDate;

/**
 * A closed date range the analyst looks at; either end may be null (open). An incident is inside when its own
 * range [start, end] overlaps the window, so a month-precision event shows for any day of its month.
 */
public record TimeWindow(LocalDate from, LocalDate to) {
    public static final TimeWindow ALL = new TimeWindow(null, null);

    public TimeWindow {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("time window ends before it starts: " + from + " > " + to);
        }
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /** Whether [start, end] overlaps the window. Both must be non-null. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** "2020-01-01 to 2020-03-31", "from 2020-01-01", "until ...", or "all dates". */
    public String describe() {
        if (isAll()) {
            return "all dates";
        }
        if (from == null) {
            return "until " + to;
        }
        return to == null ? "from " + from : from + " to " + to;
    }
}
