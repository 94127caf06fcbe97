package org.incidentatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor's presence at a place over a time span, with the sentences that say so. A presence known only for a
 * whole country has {@code place} null and that country as {@code area} (listed, never drawn at a centroid).
 */
public record Deployment(
        String id,
        Actor actor,
        Place place,
        int geoPrecision,
        EventDate since,
        List<Evidence> evidence,
        Place area) {

    /** A deployment without an area (the form before {@code area} existed). */
    public Deployment(String id, Actor actor, Place place, int geoPrecision, EventDate since, List<Evidence> evidence) {
        this(id, actor, place, geoPrecision, since, evidence, null);
    }

    public Deployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(since, "since");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("deployment without evidence: " + id);
        }
    }
}
