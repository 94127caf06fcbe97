package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Texts that once made spotting quadratic or crashed the resolver: each must finish and keep the invariants
 * (spans inside the text, never overlapping). Speed itself is measured by the benchmark, not here; the timeouts
 * are only a generous net so that a regression fails instead of hanging the build.
 */
class LinearSpottingTest {
    private static final Geoparser PARSER = new GazetteerGeoparser(GeoparseFixture.gazetteer());

    @ParameterizedTest(name = "run from token {1} of \"{0}\" ends at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Abu Bakr al-Baghdadi spoke.          | 0 | 4
            He met Mike de Kock yesterday.       | 2 | 5
            Vincent van Gogh painted it.         | 0 | 3
            The bin Laden family left.           | 1 | 3
            Harakat Al-Al-Al-Nujaba attacked.    | 0 | 5
            Harakat Al-Al-Al-Nujaba attacked.    | 2 | 5
            NATO Secretary Jens said so.         | 0 | 1
            he said                              | 0 | 1
            """)
    void nameRunsEndWhereTheNameEnds(String sentence, int from, int expectedEnd) {
        Tokens t = Tokens.of(sentence, 0, sentence.length());
        assertThat(PersonNames.nameRunEnd(t, from)).isEqualTo(expectedEnd);
    }

    @Test
    void nameRunTableAgreesWithAScanFromEveryToken() {
        String s = "Secretary Abu Bakr al-Baghdadi met Ursula von der Leyen and Mike de Kock in al-Qaim, "
                + "then the Al-Al-Al-Nujaba men left Deir ez-Zor for bin Laden's old base.";
        Tokens t = Tokens.of(s, 0, s.length());
        for (int i = 0; i < t.size(); i++) {
            assertThat(PersonNames.nameRunEnd(t, i)).as("token %d (%s)", i, t.word(i))
                    .isEqualTo(scanFrom(t, i));
        }
    }

    /** The former scan, token by token: the reference the table must agree with. */
    private static int scanFrom(Tokens t, int i) {
        java.util.Set<String> particles = java.util.Set.of("de", "da", "di", "du", "del", "della", "van", "von",
                "der", "den", "dos", "das", "le", "la");
        java.util.Set<String> articles = java.util.Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an",
                "ed", "en", "es", "er", "ul", "adh", "ath", "ud", "un");
        int e = i;
        while (e < t.size() && (e == i || t.joinable(e))) {
            if (t.isCapitalised(e) && !t.isAllCaps(e)) {
                e++;
            } else if ((articles.contains(t.lower(e)) || t.lower(e).equals("bin") || t.lower(e).equals("ibn")
                    || (e > i && t.isLower(e) && particles.contains(t.lower(e))))
                    && e + 1 < t.size() && t.joinable(e + 1) && t.isCapitalised(e + 1)) {
                e += 2;
            } else {
                break;
            }
        }
        return Math.max(e, i + 1);
    }

    @Test
    @Timeout(120)
    void aLongRunOfArabicArticlesIsParsedToTheEnd() {
        StringBuilder b = new StringBuilder("Harakat ");
        while (b.length() < 400_000) {
            b.append("Al-");
        }
        b.append("Nujaba attacked Baghdad.");
        List<PlaceMention> ms = PARSER.parse(GeoparseFixture.article(b.toString()));
        assertThat(ms).allSatisfy(m -> assertThat(m.span().end()).isLessThanOrEqualTo(b.length()));
    }

    @Test
    @Timeout(120)
    void aRepeatedTitleCasePhraseIsParsedToTheEnd() {
        String text = "The Syrian Town Of ".repeat(21_000) + "Raqqa.";
        List<PlaceMention> ms = PARSER.parse(GeoparseFixture.article(text));
        assertThat(ms).isNotEmpty();
    }

    @Test
    void anAdminWordTakenIntoTheSurfaceIsNotSpottedAgain() {
        // A capitalised "Parish" joins the name before it; the word must not become a second, overlapping spot.
        String text = "Most true pastors volunteer their time to do that. \"Jones, who was unseated in October 2007 "
                + "from his first term on the DeSoto Parish Police Jury, is a close friend of McCoy's. He's aided the "
                + "mayor in his two election campaigns.";
        List<PlaceMention> ms = PARSER.parse(GeoparseFixture.article(text));
        for (int k = 1; k < ms.size(); k++) {
            assertThat(ms.get(k).span().start()).as("%s after %s", ms.get(k).surface(), ms.get(k - 1).surface())
                    .isGreaterThanOrEqualTo(ms.get(k - 1).span().end());
        }
    }

    @Test
    void aCapitalisedParishAfterATownNameIsOneMention() {
        var g = GeoparseFixture.gazetteer();
        g.add(new org.incidentatlas.model.Place("gn:77", "DeSoto", org.incidentatlas.model.PlaceKind.TOWN, "PPL", "US",
                "TX", 32.59, -96.86, 50_000, 5), List.of());
        g.add(new org.incidentatlas.model.Place("gn:78", "Parish", org.incidentatlas.model.PlaceKind.VILLAGE, "PPL",
                "US", "NY", 43.41, -76.13, 400, 1), List.of());
        String text = "He served on the DeSoto Parish Police Jury, near the Parish line, for years.";
        List<PlaceMention> ms = new GazetteerGeoparser(g).parse(GeoparseFixture.article(text));
        assertThat(ms).extracting(PlaceMention::surface).contains("DeSoto Parish").doesNotContain("Parish Police");
        for (int k = 1; k < ms.size(); k++) {
            assertThat(ms.get(k).span().start()).isGreaterThanOrEqualTo(ms.get(k - 1).span().end());
        }
    }
}
