package org.incidentatlas.model;

import java.util.Objects;

/** An ACLED event type and sub-event type, e.g. "Explosions/Remote violence" / "Air/drone strike". */
public record EventType(String type, String subType) {
    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subType, "subType");
    }

    /** "Type: Sub-type", the form used in gold files and exports. */
    public String label() {
        return type + ": " + subType;
    }

    public static EventType parse(String label) {
        int i = label.indexOf(':');
        return i < 0 ? new EventType(label.trim(), "") : new EventType(label.substring(0, i).trim(), label.substring(i + 1).trim());
    }
}
