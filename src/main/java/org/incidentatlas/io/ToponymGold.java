package org.incidentatlas.io;

import java.util.Objects;
import org.incidentatlas.model.TextSpan;

/**
 * One annotated span of a geoparsing benchmark. {@code toponym} says whether it counts as a toponym for
 * recognition (benchmarks also annotate non-toponyms and expressions); {@code lat}/{@code lon} are null when the
 * gold gives no coordinates. {@code span} is aligned to the text: the reader corrects known offset drift.
 */
public record ToponymGold(TextSpan span, String surface, String type, boolean toponym, Double lat, Double lon,
                          String geonamesId) {
    public ToponymGold {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon must both be set or both be null: " + surface);
        }
        if (lat != null) {
            SeedsGold.checkCoordinates(lat, lon);
        }
    }

    public boolean hasCoordinates() {
        return lat != null;
    }
}
