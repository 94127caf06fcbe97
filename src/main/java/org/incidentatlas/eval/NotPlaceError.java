package org.incidentatlas.eval;

import org.incidentatlas.io.SeedsGold;

/** A gold not-place that the extraction resolved to a place anyway, with the offending mention. */
public record NotPlaceError(SeedsGold.NotPlaceGold gold, String surface, int start, int end, String role,
                            String rule, String placeId, String placeName) {
}
