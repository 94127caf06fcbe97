package org.incidentatlas.model;

import java.util.Objects;

/** A place considered for a mention, with its score and why it won or lost. */
public record Candidate(Place place, double score, String note) {
    public Candidate {
        Objects.requireNonNull(place, "place");
    }
}
