package org.incidentatlas.eval;

import java.util.Objects;
import org.incidentatlas.io.SeedsGold;

/**
 * One gold place of the seeds and what the extraction made of it: the status, the mention that decided it
 * (surface, role, deciding rule), the place it resolved to and the error in km (null when nothing resolved).
 */
public record PlaceCheck(SeedsGold.PlaceGold gold, PlaceStatus status, int mentions, String foundSurface,
                         String role, String rule, String placeId, String placeName, Double lat, Double lon,
                         Double errorKm) {
    public PlaceCheck {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(status, "status");
    }

    /** A required place that failed; optional places never fail. */
    public boolean failed() {
        return !gold.optional() && !status.passes();
    }
}
