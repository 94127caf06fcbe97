package org.incidentatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as precisely as the text allows: {@code start}..{@code end} inclusive
 * (equal for a day), its precision, and the words that said so. An unresolved date ("yesterday" with no
 * publication date) has null start/end, precision UNKNOWN, and keeps its text. {@code openEnd} marks
 * "since ..." ranges whose end is the publication date or unknown. {@code approxAnchor} marks a date computed
 * from an approximate publication date (the manifest's {@code published_approx}): right only if that estimate is,
 * so it is shown as such and listed for review.
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String text, boolean openEnd,
                        boolean approxAnchor) {
    /** A date anchored on a known publication date, or on none. */
    public EventDate(LocalDate start, LocalDate end, DatePrecision precision, String text, boolean openEnd) {
        this(start, end, precision, text, openEnd, false);
    }

    public EventDate {
        Objects.requireNonNull(precision, "precision");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null");
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " > " + end);
        }
        if (start == null && precision != DatePrecision.UNKNOWN) {
            throw new IllegalArgumentException("a date without value must have UNKNOWN precision");
        }
    }

    public static EventDate unresolved(String text) {
        return new EventDate(null, null, DatePrecision.UNKNOWN, text, false);
    }

    public static EventDate day(LocalDate d, String text) {
        return new EventDate(d, d, DatePrecision.DAY, text, false);
    }

    /** This date, marked as anchored on an approximate publication date. */
    public EventDate anchoredOnApprox() {
        return approxAnchor ? this : new EventDate(start, end, precision, text, openEnd, true);
    }

    public boolean isResolved() {
        return start != null;
    }

    /** ISO form for display and export: "2020-02-16", "2018-02", "2013", or null. */
    public String iso() {
        if (start == null) {
            return null;
        }
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> start.toString().substring(0, 7);
            default -> start.toString();
        };
    }
}
