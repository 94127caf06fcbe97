package org.incidentatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as precisely as the text allows: {@code start}..{@code end} inclusive
 * (equal for a day), its precision, and the words that said so. An unresolved date ("yesterday" with no
 * publication date) has null start/end, precision UNKNOWN, and keeps its text. {@code openEnd} marks
 * "since ..." ranges whose end is the publication date or unknown.
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String text, boolean openEnd) {
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
