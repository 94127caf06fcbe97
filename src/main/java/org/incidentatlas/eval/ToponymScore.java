package org.incidentatlas.eval;

import java.util.List;
import java.util.Map;
import org.incidentatlas.model.MentionRole;

/**
 * Scores of a geoparser on a toponym benchmark.
 * <ul>
 * <li>{@code exact}, {@code overlap}: recognition against the gold toponyms (spans that are not toponyms, such as
 *     GeoWebNews expressions, are not gold: predicting them is a false positive);</li>
 * <li>{@code geocoding}: errors over the gold toponyms with coordinates that were recognised (overlap match) by a
 *     prediction with a place;</li>
 * <li>{@code strictAcc161}: {@code strictHits} / {@code goldWithCoordinates}, a gold toponym counting only if it
 *     was recognised (overlap) and resolved within 161 km — unrecognised ones count as misses.</li>
 * </ul>
 */
public record ToponymScore(
        String benchmark,
        int documents,
        long goldToponyms,
        long goldWithCoordinates,
        long predictions,
        Map<MentionRole, Long> predictionsByRole,
        RecognitionScore exact,
        RecognitionScore overlap,
        GeocodingScore geocoding,
        long strictHits,
        double strictAcc161,
        List<DocumentScore> perDocument) {

    public ToponymScore {
        predictionsByRole = Map.copyOf(predictionsByRole);
        perDocument = List.copyOf(perDocument);
    }

    /** One document's recognition counts (overlap) and strict hits, for finding where a geoparser fails. */
    public record DocumentScore(String id, long gold, long predicted, long matchedOverlap, long matchedExact,
                                long withCoordinates, long strictHits) {
    }
}
