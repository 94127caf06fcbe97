package org.incidentatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened: typed, dated, placed (or not: {@code place} null means unpinned, listed but never
 * drawn at a centroid), with actors and the sentences that report it. {@code geoPrecision} follows ACLED:
 * 1 = the town or site itself, 2 = near it / a small area, 3 = a region, governorate or larger.
 * {@code sources} are the article ids, one per reporting article, in {@code evidence} order.
 * {@code area}, for an unpinned incident, is the country (or region) it is known to lie in: listed and filtered
 * by, used by evaluation, never drawn at its centroid. Null when nothing is known or when {@code place} is set.
 */
public record Incident(
        String id,
        EventType type,
        EventDate date,
        Place place,
        int geoPrecision,
        List<Actor> actors,
        Integer fatalities,
        EventStatus status,
        List<Evidence> evidence,
        List<String> sources,
        String mergeNote,
        Place area) {

    /** An incident without an area (the form before {@code area} existed). */
    public Incident(String id, EventType type, EventDate date, Place place, int geoPrecision, List<Actor> actors,
            Integer fatalities, EventStatus status, List<Evidence> evidence, List<String> sources, String mergeNote) {
        this(id, type, date, place, geoPrecision, actors, fatalities, status, evidence, sources, mergeNote, null);
    }

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("incident without evidence: " + id);
        }
        if (place != null && (geoPrecision < 1 || geoPrecision > 3)) {
            throw new IllegalArgumentException("geo precision must be 1..3: " + geoPrecision);
        }
        if (fatalities != null && fatalities < 0) {
            throw new IllegalArgumentException("negative fatalities");
        }
    }

    public boolean isPinned() {
        return place != null;
    }
}
