package org.incidentatlas.eval;

import java.util.Collections;
import java.util.EnumMap;
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
 *     was recognised (overlap) and resolved within 161 km — unrecognised ones count as misses;</li>
 * <li>{@code errors}: every missed gold toponym, spurious prediction (overlap matching) and far resolution.</li>
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
        List<DocumentScore> perDocument,
        List<ToponymError> errors) {

    public ToponymScore {
        // ordered by role (declaration order) so the JSON report is the same every run
        predictionsByRole = predictionsByRole.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(predictionsByRole));
        perDocument = List.copyOf(perDocument);
        errors = List.copyOf(errors);
    }

    /** The {@code n} surfaces most often in errors of {@code kind}, most frequent first (ties alphabetical). */
    public List<Map.Entry<String, Long>> commonErrors(ToponymError.Kind kind, int n) {
        return errors.stream().filter(e -> e.kind() == kind)
                .collect(java.util.stream.Collectors.groupingBy(ToponymError::surface, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(n).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** The {@code n} largest geocoding errors beyond 161 km, largest first. */
    public List<ToponymError> farthest(int n) {
        return errors.stream().filter(e -> e.kind() == ToponymError.Kind.FAR)
                .sorted(java.util.Comparator.comparingDouble(ToponymError::errorKm).reversed()).limit(n).toList();
    }

    /** One document's recognition counts (overlap) and strict hits, for finding where a geoparser fails. */
    public record DocumentScore(String id, long gold, long predicted, long matchedOverlap, long matchedExact,
                                long withCoordinates, long strictHits) {
    }
}
