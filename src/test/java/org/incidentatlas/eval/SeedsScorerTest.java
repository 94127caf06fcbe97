package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.eval.Mentions.literal;
import static org.incidentatlas.eval.Mentions.rejected;

import java.util.List;
import java.util.Map;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedsScorerTest {
    private static final String TEXT =
            "Rockets hit Baghdad on Sunday. The Fars News Agency said that forces left Deir Ezzor province. "
                    + "al-Anbar is quiet; BAGHDAD denied it.";

    private static final SeedsGold.PlaceGold BAGHDAD =
            new SeedsGold.PlaceGold("Baghdad", "Baghdad", "city", 33.341, 44.401, "IQ", 20, false, false, null);
    private static final SeedsGold.PlaceGold DEIR =
            new SeedsGold.PlaceGold("Deir Ezzor province", null, "admin1", 35.0, 40.3, "SY", 150, false, false, null);
    private static final SeedsGold.PlaceGold ANBAR =
            new SeedsGold.PlaceGold("Al-Anbar", null, "admin1", 33.0, 42.0, "IQ", 200, false, false, null);
    private static final SeedsGold.PlaceGold TEHRAN =
            new SeedsGold.PlaceGold("Tehran", null, "city", 35.689, 51.389, "IR", 20, true, false, "metonymy");

    private static SeedsGold gold(List<SeedsGold.PlaceGold> places, List<SeedsGold.NotPlaceGold> notPlaces) {
        return new SeedsGold("seeds.json", null, Map.of("a.txt",
                new SeedsGold.ArticleGold("a.txt", places, notPlaces, List.of(), List.of())));
    }

    private static Extraction extraction(List<PlaceMention> mentions) {
        Article a = new Article("a.txt", "a.txt", null, null, null, null, null, null, TEXT,
                SentenceSplitter.split(TEXT), List.of(), null);
        return new Extraction(List.of(a), mentions, List.of(), List.of(), List.of());
    }

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private static PlaceMention lit(String surface, double lat, double lon) {
        return literal("a.txt", at(surface), at(surface) + surface.length(), surface, lat, lon);
    }

    private final SeedsScorer scorer = new SeedsScorer(PredictionPolicy.standard());

    @Test
    void reportsOkPartialSpanMissingOptionalAndNotPlaceErrors() {
        SeedsScore s = scorer.score(gold(List.of(BAGHDAD, DEIR, TEHRAN),
                        List.of(new SeedsGold.NotPlaceGold("Fars", "outlet"))),
                extraction(List.of(lit("Baghdad", 33.33, 44.40), lit("BAGHDAD", 33.33, 44.40),
                        lit("Deir Ezzor", 35.33, 40.14), lit("Fars", 29.0, 53.0))));
        SeedsScore.ArticlePlaces a = s.places().articles().get(0);
        assertThat(a.places()).extracting(PlaceCheck::status)
                .containsExactly(PlaceStatus.OK, PlaceStatus.PARTIAL_SPAN, PlaceStatus.MISSING);
        assertThat(a.places().get(0).mentions()).isEqualTo(2);
        assertThat(a.places()).extracting(PlaceCheck::failed).containsExactly(false, true, false);
        assertThat(a.notPlaceErrors()).singleElement().satisfies(e -> {
            assertThat(e.surface()).isEqualTo("Fars");
            assertThat(e.placeId()).isEqualTo("p:Fars");
        });
        assertThat(a.required()).isEqualTo(2);
        assertThat(a.requiredOk()).isEqualTo(1);
        assertThat(s.passed()).isFalse();
    }

    @Test
    void oneMentionResolvedBeyondToleranceFailsThePlace() {
        SeedsScore s = scorer.score(gold(List.of(BAGHDAD), List.of()),
                extraction(List.of(lit("Baghdad", 33.33, 44.40), lit("BAGHDAD", 34.0, 42.0))));
        PlaceCheck c = s.places().articles().get(0).places().get(0);
        assertThat(c.status()).isEqualTo(PlaceStatus.TOO_FAR);
        assertThat(c.foundSurface()).isEqualTo("BAGHDAD");
        assertThat(c.errorKm()).isGreaterThan(200);
    }

    @Test
    void surfaceMatchIgnoresCase() {
        SeedsScore s = scorer.score(gold(List.of(ANBAR), List.of()), extraction(List.of(lit("al-Anbar", 33.2, 42.5))));
        assertThat(s.places().articles().get(0).places().get(0).status()).isEqualTo(PlaceStatus.OK);
        assertThat(s.passed()).isTrue();
    }

    @Test
    void rejectedMentionIsReportedWithItsReason() {
        SeedsScore s = scorer.score(gold(List.of(BAGHDAD), List.of()),
                extraction(List.of(rejected("a.txt", at("Baghdad"), at("Baghdad") + 7, "Baghdad", "person-nisba"))));
        PlaceCheck c = s.places().articles().get(0).places().get(0);
        assertThat(c.status()).isEqualTo(PlaceStatus.REJECTED);
        assertThat(c.rule()).isEqualTo("person-nisba");
    }

    @Test
    void notPlaceOverlappedByAResolvedShorterNameIsAnError() {
        SeedsScore s = scorer.score(gold(List.of(), List.of(new SeedsGold.NotPlaceGold("Fars News Agency", "outlet"))),
                extraction(List.of(lit("Fars", 29.0, 53.0))));
        assertThat(s.places().notPlaceErrors()).isEqualTo(1);
    }

    @Test
    void rejectedNotPlaceIsNoError() {
        SeedsScore s = scorer.score(gold(List.of(), List.of(new SeedsGold.NotPlaceGold("Fars", "outlet"))),
                extraction(List.of(rejected("a.txt", at("Fars"), at("Fars") + 4, "Fars", "outlet-cue"))));
        assertThat(s.places().notPlaceErrors()).isZero();
        assertThat(s.passed()).isTrue();
    }

    @Test
    void articleMissingFromTheExtractionFailsWithEveryPlaceMissing() {
        SeedsGold g = new SeedsGold("seeds.json", null, Map.of("other.txt",
                new SeedsGold.ArticleGold("other.txt", List.of(BAGHDAD), List.of(), List.of(), List.of())));
        SeedsScore s = scorer.score(g, extraction(List.of()));
        assertThat(s.places().missingArticles()).isEqualTo(1);
        assertThat(s.places().articles().get(0).places()).extracting(PlaceCheck::status).containsExactly(PlaceStatus.MISSING);
        assertThat(s.passed()).isFalse();
    }

    @Test
    void goldIncidentsAreScoredAndAMissedOneFails() {
        SeedsGold.IncidentGold inc = new SeedsGold.IncidentGold(null, null, null, "Battles: Armed clash", "Baghdad",
                33.3, 44.4, 20.0, List.of(), null, null, null);
        SeedsGold g = new SeedsGold("seeds.json", null, Map.of("a.txt",
                new SeedsGold.ArticleGold("a.txt", List.of(), List.of(), List.of(inc), List.of())));
        SeedsScore s = scorer.score(g, extraction(List.of()));
        assertThat(s.notScored()).isEmpty();
        assertThat(s.events().incidentsMatched()).isZero();
        assertThat(s.events().incidents()).hasSize(1);
        assertThat(s.passed()).isFalse();
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Fars News Agency        | Fars     | 0
            he speaks Farsi         | Fars     | -1
            the fars news           | FARS     | 4
            al-Baghdadi was there   | Baghdad  | -1
            near al-Baghdadi        | al-Baghdadi | 5
            """)
    void occurrencesAreWholeWordsIgnoringCase(String text, String phrase, int first) {
        List<TextSpan> occ = SeedsScorer.occurrences(text, phrase);
        if (first < 0) {
            assertThat(occ).isEmpty();
        } else {
            assertThat(occ.get(0).start()).isEqualTo(first);
        }
    }
}
