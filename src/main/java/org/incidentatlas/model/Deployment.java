package org.incidentatlas.model;

import java.util.List;
import java.util.Objects;

/** An actor's presence at a place over a time span, with the sentences that say so. */
public record Deployment(
        String id,
        Actor actor,
        Place place,
        int geoPrecision,
        EventDate since,
        List<Evidence> evidence) {

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
