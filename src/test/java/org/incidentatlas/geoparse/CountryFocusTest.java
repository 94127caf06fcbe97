package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.Test;

/** Context beats population: an article about one country does not get small namesakes abroad on prominence alone. */
class CountryFocusTest {
    private static final Geoparser PARSER = new GazetteerGeoparser(gazetteer());

    /** The fixture plus made-up namesakes abroad: villages in Russia and France, and a German city called "Korvi" by alias. */
    private static InMemoryGazetteer gazetteer() {
        InMemoryGazetteer g = GeoparseFixture.gazetteer();
        g.add(new Place("gn:90001", "Tell Marzuk", PlaceKind.VILLAGE, "PPL", "RU", "48", 55.1, 37.2, 900, 2), List.of());
        g.add(new Place("gn:90002", "Saint Ulric", PlaceKind.VILLAGE, "PPL", "FR", "11", 48.1, 2.1, 700, 2), List.of());
        g.add(new Place("gn:90003", "Korvenburg", PlaceKind.CITY, "PPLA2", "DE", "07", 50.7, 7.1, 300_000, 8),
                List.of("Korvi"));
        return g;
    }

    @Test
    void aSmallNamesakeAbroadAfterAPlaceWordIsKeptAtItsParentInTheArticlesCountry() {
        PlaceMention m = mention("Iraqi forces said on Monday that gunmen attacked Hawija. Iraqi officials said the "
                + "militants hid in Tell Marzuk near Hawija before dawn.", "Tell Marzuk");
        assertThat(m.rule()).isEqualTo("unlisted-at-parent");
        assertThat(m.place().country()).isEqualTo("IQ");
        assertThat(m.review()).isEqualTo("unlisted-place");
    }

    @Test
    void aSmallNamesakeAbroadWithoutAPlaceWordIsFlaggedAndIsNobodysParent() {
        List<PlaceMention> ms = PARSER.parse(GeoparseFixture.article("Iraqi police in Mosul said on Sunday that "
                + "gunmen attacked Hawija. Iraqi officials said Tell Marzuk elders reported that the village of "
                + "Qasr Dabil was shelled."));
        PlaceMention elders = only(ms, "Tell Marzuk");
        assertThat(elders.place().country()).isEqualTo("RU");
        assertThat(elders.review()).isEqualTo("outside-article-focus");
        PlaceMention village = only(ms, "Qasr Dabil");
        assertThat(village.rule()).isEqualTo("unlisted-at-parent");
        assertThat(village.place().country()).as("the namesake abroad is no parent").isEqualTo("IQ");
    }

    @Test
    void aQualifierNoCandidateLiesInMakesTheNameAPlaceTheGazetteerLacks() {
        PlaceMention m = mention("A roadside bomb exploded near Mosul on Monday. Two Iraqi soldiers died in Korvi, "
                + "northern Iraq, officials said.", "Korvi");
        assertThat(m.rule()).isEqualTo("unlisted-at-parent");
        assertThat(m.place().country()).isEqualTo("IQ");
    }

    @Test
    void aNameWhoseOnlyPlaceIsAbroadStaysThereWhenTheArticleNamesThatCountry() {
        PlaceMention m = mention("Iraqi and Russian officials met on Monday. Iraqi envoys travelled from Baghdad to "
                + "Tell Marzuk in Russia.", "Tell Marzuk");
        assertThat(m.place().id()).isEqualTo("gn:90001");
        assertThat(m.review()).isNull();
    }

    private static PlaceMention mention(String text, String surface) {
        return only(PARSER.parse(GeoparseFixture.article(text)), surface);
    }

    private static PlaceMention only(List<PlaceMention> ms, String surface) {
        List<PlaceMention> found = ms.stream().filter(m -> m.surface().equals(surface)
                && m.status() == MentionStatus.RESOLVED).toList();
        assertThat(found).as("resolved mentions of " + surface + " in " + ms).hasSize(1);
        return found.get(0);
    }

    /**
     * The weights' hash-bit gate answers as a map of the codes would: random adds (some codes the same text in
     * another String, as a lexicon's demonym and the gazetteer's place hold them), copies and lookups of present and
     * absent codes.
     */
    @Test
    void weightsAnswerAsAMapOfTheCodes() {
        Random r = new Random(12);
        for (int round = 0; round < 2000; round++) {
            CountryFocus.Weights w = new CountryFocus.Weights(1 + r.nextInt(3));
            Map<String, Double> ref = new HashMap<>();
            for (int k = 0, n = r.nextInt(12); k < n; k++) {
                String code = randomCode(r);
                double v = r.nextBoolean() ? 1.0 : -0.5;
                w.add(code, v);
                ref.merge(code, v, Double::sum);
                if (r.nextInt(4) == 0) {
                    w = w.copy();
                }
            }
            for (int q = 0; q < 40; q++) {
                String code = randomCode(r);
                assertThat(w.get(code)).isEqualTo(ref.getOrDefault(code, 0.0));
                assertThat(w.indexOf(code) >= 0).isEqualTo(ref.containsKey(code));
            }
            assertThat(w.indexOf(null)).isEqualTo(-1);
        }
    }

    /** A code of a small alphabet (so codes repeat), half the time as a new String of the same text. */
    private static String randomCode(Random r) {
        String code = "" + (char) ('A' + r.nextInt(6)) + (char) ('A' + r.nextInt(6));
        return r.nextBoolean() ? code.intern() : new String(code.toCharArray());
    }
}
