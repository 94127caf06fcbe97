package org.incidentatlas.eval;

import java.util.Objects;

/**
 * One thing a geoparser got wrong on a benchmark, for finding what to fix: a gold toponym it {@code MISSED}, a
 * {@code SPURIOUS} prediction matching no gold toponym, or a recognised toponym resolved {@code FAR} (beyond 161 km)
 * from the gold coordinates. {@code goldType} is the benchmark's type for missed and far ones.
 */
public record ToponymError(String document, Kind kind, String surface, int start, int end, String goldType,
                           String placeId, String placeName, Double errorKm) {
    public enum Kind { MISSED, SPURIOUS, FAR }

    public ToponymError {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(surface, "surface");
    }
}
