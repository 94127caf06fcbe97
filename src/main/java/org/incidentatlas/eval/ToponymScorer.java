package org.incidentatlas.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.incidentatlas.io.GoldDocument;
import org.incidentatlas.io.ToponymGold;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.TextSpan;

/**
 * Scores predicted place mentions against a toponym benchmark (GeoWebNews, TR-News). Pure.
 * <p>
 * {@code ignoredTypes} takes gold types out of the evaluation, for diagnosis (e.g. GeoWebNews's
 * {@code Embedded_Non_Lit}, place names inside organisation names, which our geoparser rejects by design): spans of
 * those types are not gold, and a prediction overlapping one of them but no remaining gold toponym is neither a true
 * nor a false positive.
 */
public final class ToponymScorer {
    private final PredictionPolicy policy;
    private final Set<String> ignoredTypes;

    public ToponymScorer(PredictionPolicy policy) {
        this(policy, Set.of());
    }

    public ToponymScorer(PredictionPolicy policy, Set<String> ignoredTypes) {
        this.policy = policy;
        this.ignoredTypes = Set.copyOf(ignoredTypes);
    }

    /**
     * @param mentionsOf the geoparser's mentions for a document id (all of them: the policy picks the predictions)
     */
    public ToponymScore score(String benchmark, List<GoldDocument> documents,
                              Function<String, List<PlaceMention>> mentionsOf) {
        RecognitionScore exact = RecognitionScore.ZERO;
        RecognitionScore overlap = RecognitionScore.ZERO;
        List<Double> errors = new ArrayList<>();
        long goldCount = 0;
        long withCoords = 0;
        long predictedCount = 0;
        long strict = 0;
        Map<MentionRole, Long> byRole = new EnumMap<>(MentionRole.class);
        List<ToponymScore.DocumentScore> perDoc = new ArrayList<>();
        List<ToponymError> wrong = new ArrayList<>();
        for (GoldDocument doc : documents) {
            List<ToponymGold> gold = doc.toponyms().stream()
                    .filter(t -> t.toponym() && !ignoredTypes.contains(t.type())).toList();
            List<TextSpan> ignored = doc.toponyms().stream()
                    .filter(t -> t.toponym() && ignoredTypes.contains(t.type())).map(ToponymGold::span).toList();
            List<PlaceMention> predicted = mentionsOf.apply(doc.id()).stream().filter(policy::counts)
                    .filter(m -> ignored.isEmpty() || !overlapsAny(m.span(), ignored)
                            || gold.stream().anyMatch(t -> t.span().overlaps(m.span())))
                    .toList();
            predicted.forEach(m -> byRole.merge(m.role(), 1L, Long::sum));
            List<TextSpan> goldSpans = gold.stream().map(ToponymGold::span).toList();
            List<TextSpan> predSpans = predicted.stream().map(PlaceMention::span).toList();
            int[] ex = SpanMatching.match(goldSpans, predSpans, MatchMode.EXACT);
            int[] ov = SpanMatching.match(goldSpans, predSpans, MatchMode.OVERLAP);
            long exHits = matched(ex);
            long ovHits = matched(ov);
            exact = exact.plus(RecognitionScore.of(exHits, predicted.size(), gold.size()));
            overlap = overlap.plus(RecognitionScore.of(ovHits, predicted.size(), gold.size()));
            long docCoords = 0;
            long docStrict = 0;
            boolean[] usedPrediction = new boolean[predicted.size()];
            for (int g = 0; g < gold.size(); g++) {
                ToponymGold t = gold.get(g);
                if (ov[g] < 0) {
                    wrong.add(new ToponymError(doc.id(), ToponymError.Kind.MISSED, t.surface(), t.span().start(),
                            t.span().end(), t.type(), null, null, null));
                } else {
                    usedPrediction[ov[g]] = true;
                }
                if (!t.hasCoordinates()) {
                    continue;
                }
                docCoords++;
                if (ov[g] < 0) {
                    continue;
                }
                Place p = predicted.get(ov[g]).place();
                double err = GreatCircle.distanceKm(t.lat(), t.lon(), p.lat(), p.lon());
                errors.add(err);
                if (err <= GeocodingScore.ACCURACY_KM) {
                    docStrict++;
                } else {
                    wrong.add(new ToponymError(doc.id(), ToponymError.Kind.FAR, t.surface(), t.span().start(),
                            t.span().end(), t.type(), p.id(), p.name(), err));
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!usedPrediction[i]) {
                    PlaceMention m = predicted.get(i);
                    wrong.add(new ToponymError(doc.id(), ToponymError.Kind.SPURIOUS, m.surface(), m.span().start(),
                            m.span().end(), null, m.place().id(), m.place().name(), null));
                }
            }
            goldCount += gold.size();
            predictedCount += predicted.size();
            withCoords += docCoords;
            strict += docStrict;
            perDoc.add(new ToponymScore.DocumentScore(doc.id(), gold.size(), predicted.size(), ovHits, exHits,
                    docCoords, docStrict));
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
        double strictAcc = withCoords == 0 ? Double.NaN : (double) strict / withCoords;
        return new ToponymScore(benchmark, documents.size(), goldCount, withCoords, predictedCount, byRole, exact,
                overlap, GeocodingScore.of(e), strict, strictAcc, perDoc, wrong);
    }

    private static boolean overlapsAny(TextSpan s, List<TextSpan> spans) {
        return spans.stream().anyMatch(s::overlaps);
    }

    private static long matched(int[] m) {
        long n = 0;
        for (int i : m) {
            if (i >= 0) {
                n++;
            }
        }
        return n;
    }
}
