package org.incidentatlas.model;

import java.util.Objects;

/** A group or person as the lexicon knows it ({@code id} null for unknown capitalised actors kept as text). */
public record Actor(String id, String name, ActorType type, Evidence evidence) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
