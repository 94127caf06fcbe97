package org.incidentatlas.ui.source;

import java.util.Objects;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.TextSpan;

/** A span of article text to mark, with what it is; {@code place} is set for place marks (to fly the map there). */
public record Mark(TextSpan span, Kind kind, Place place) {
    public enum Kind { PLACE, DATE, ACTOR }

    public Mark {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
    }
}
