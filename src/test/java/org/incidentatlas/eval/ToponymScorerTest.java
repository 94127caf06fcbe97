package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.incidentatlas.eval.Mentions.literal;
import static org.incidentatlas.eval.Mentions.place;
import static org.incidentatlas.eval.Mentions.rejected;
import static org.incidentatlas.eval.Mentions.resolved;

import java.util.List;
import java.util.Map;
import org.incidentatlas.io.GoldDocument;
import org.incidentatlas.io.ToponymGold;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class ToponymScorerTest {
    private static final String TEXT = " ".repeat(100);

    private static ToponymGold gold(int s, int e, String surface, boolean toponym, Double lat, Double lon) {
        return new ToponymGold(new TextSpan(s, e), surface, "t", toponym, lat, lon, null);
    }

    // Gold: Aleppo, Syrian (inside the expression "Syrian border", which is not a toponym), Paris, Nigerian (no
    // coordinates). Four gold toponyms, three with coordinates.
    private static final GoldDocument D1 = new GoldDocument("d1", null, TEXT, List.of(
            gold(0, 6, "Aleppo", true, 36.2, 37.16),
            gold(10, 16, "Syrian", true, 35.0, 38.0),
            gold(10, 23, "Syrian border", false, null, null),
            gold(30, 35, "Paris", true, 48.85, 2.35),
            gold(40, 48, "Nigerian", true, null, null)));

    private static final List<PlaceMention> P1 = List.of(
            literal("d1", 0, 6, "Aleppo", 36.2, 37.16),                    // exact, 0 km
            literal("d1", 10, 23, "Syrian border", 35.0, 38.0),            // overlap only, 0 km
            resolved("d1", 30, 35, "Paris", MentionRole.METONYMIC, place("Paris TX", 33.66, -95.55)), // exact, far
            resolved("d1", 40, 48, "Nigerian", MentionRole.DEMONYM, place("Nigeria", 10, 8)),         // exact
            literal("d1", 50, 55, "Texas", 31, -100),                      // not gold: false positive
            rejected("d1", 60, 65, "Fars", "outlet"),                      // rejected: not a prediction
            resolved("d1", 70, 76, "London", MentionRole.ORGANISATION_SEAT, place("London", 51.5, -0.13)));

    private final ToponymScorer scorer = new ToponymScorer(PredictionPolicy.standard());

    @Test
    void exactAndOverlapRecognitionDifferOnPartialSpans() {
        ToponymScore s = scorer.score("t", List.of(D1), id -> P1);
        assertThat(s.goldToponyms()).isEqualTo(4);
        assertThat(s.predictions()).isEqualTo(5);
        assertThat(s.exact()).isEqualTo(new RecognitionScore(3, 2, 1));
        assertThat(s.overlap()).isEqualTo(new RecognitionScore(4, 1, 0));
        assertThat(s.predictionsByRole()).isEqualTo(Map.of(MentionRole.LITERAL, 3L, MentionRole.METONYMIC, 1L,
                MentionRole.DEMONYM, 1L));
    }

    @Test
    void rolesAndTheirCountsAreListedInDeclarationOrderEveryRun() {
        // a report (eval --json) must read the same every run; a hash-ordered Set.copyOf/Map.copyOf did not
        PredictionPolicy p = new PredictionPolicy(new java.util.LinkedHashSet<>(List.of(MentionRole.DEMONYM,
                MentionRole.METONYMIC, MentionRole.LITERAL)));
        assertThat(p.roles()).containsExactly(MentionRole.LITERAL, MentionRole.METONYMIC, MentionRole.DEMONYM);
        ToponymScore s = scorer.score("t", List.of(D1), id -> P1);
        assertThat(s.predictionsByRole().keySet())
                .containsExactly(MentionRole.LITERAL, MentionRole.METONYMIC, MentionRole.DEMONYM);
    }

    @Test
    void geocodingIsOverRecognisedGoldWithCoordinates() {
        ToponymScore s = scorer.score("t", List.of(D1), id -> P1);
        double far = GreatCircle.distanceKm(48.85, 2.35, 33.66, -95.55);
        assertThat(s.geocoding().count()).isEqualTo(3);
        assertThat(s.geocoding().acc161()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.geocoding().medianKm()).isZero();
        assertThat(s.geocoding().meanKm()).isCloseTo(far / 3, within(1e-9));
        assertThat(s.geocoding().auc()).isCloseTo(Math.log1p(far) / 2 / (2 * Math.log(20039)), within(1e-12));
    }

    @Test
    void strictAccuracyCountsUnrecognisedGoldAsMisses() {
        GoldDocument d2 = new GoldDocument("d2", null, TEXT, List.of(gold(0, 5, "Lagos", true, 6.45, 3.39)));
        ToponymScore s = scorer.score("t", List.of(D1, d2), id -> id.equals("d1") ? P1 : List.of());
        assertThat(s.goldWithCoordinates()).isEqualTo(4);
        assertThat(s.strictHits()).isEqualTo(2);
        assertThat(s.strictAcc161()).isEqualTo(0.5);
        assertThat(s.geocoding().count()).isEqualTo(3);
        assertThat(s.perDocument()).extracting(ToponymScore.DocumentScore::strictHits).containsExactly(2L, 0L);
    }

    @Test
    void rolesOutsideThePolicyAreNotPredictions() {
        ToponymScorer literalOnly = new ToponymScorer(new PredictionPolicy(java.util.EnumSet.of(MentionRole.LITERAL)));
        ToponymScore s = literalOnly.score("t", List.of(D1), id -> P1);
        assertThat(s.predictions()).isEqualTo(3);
        assertThat(s.overlap()).isEqualTo(new RecognitionScore(2, 1, 2));
    }

    @Test
    void errorsListMissedSpuriousAndFarWithTheirPlaces() {
        GoldDocument d2 = new GoldDocument("d2", null, TEXT, List.of(gold(0, 5, "Lagos", true, 6.45, 3.39),
                gold(10, 15, "Lagos", true, 6.45, 3.39)));
        ToponymScore s = scorer.score("t", List.of(D1, d2), id -> id.equals("d1") ? P1 : List.of());
        assertThat(s.errors()).extracting(ToponymError::kind, ToponymError::surface, ToponymError::placeId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ToponymError.Kind.FAR, "Paris", "Paris TX"),
                        org.assertj.core.groups.Tuple.tuple(ToponymError.Kind.SPURIOUS, "Texas", "p:Texas"),
                        org.assertj.core.groups.Tuple.tuple(ToponymError.Kind.MISSED, "Lagos", null),
                        org.assertj.core.groups.Tuple.tuple(ToponymError.Kind.MISSED, "Lagos", null));
        assertThat(s.commonErrors(ToponymError.Kind.MISSED, 5)).containsExactly(Map.entry("Lagos", 2L));
        assertThat(s.farthest(5)).singleElement().satisfies(e -> assertThat(e.errorKm()).isGreaterThan(7000));
    }

    @Test
    void ignoredGoldTypesAreNeitherGoldNorFalsePositives() {
        // "Iraq" inside the outlet name "Sot al-Iraq": an embedded toponym the benchmark counts and we may not.
        GoldDocument d = new GoldDocument("d", null, TEXT, List.of(
                new ToponymGold(new TextSpan(0, 4), "Iraq", "Embedded_Non_Lit", true, 33.0, 43.7, null),
                new ToponymGold(new TextSpan(10, 15), "Mosul", "Literal", true, 36.3, 43.1, null)));
        List<PlaceMention> p = List.of(literal("d", 0, 4, "Iraq", 33.0, 43.7), literal("d", 10, 15, "Mosul", 36.3, 43.1),
                literal("d", 20, 25, "Texas", 31, -100));
        ToponymScore all = scorer.score("t", List.of(d), id -> p);
        assertThat(all.overlap()).isEqualTo(new RecognitionScore(2, 1, 0));
        ToponymScore some = new ToponymScorer(PredictionPolicy.standard(), java.util.Set.of("Embedded_Non_Lit"))
                .score("t", List.of(d), id -> p);
        assertThat(some.goldToponyms()).isEqualTo(1);
        assertThat(some.overlap()).isEqualTo(new RecognitionScore(1, 1, 0));
        assertThat(some.goldWithCoordinates()).isEqualTo(1);
    }
}
