package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Villages and quarters the gazetteer lacks, kept where the sentence says they are places, and first-level area
 * words after a town's name. Made-up sentences and made-up village names.
 */
class UnlistedPlacesTest {
    private static final InMemoryGazetteer GAZETTEER = gazetteer();
    private static final Geoparser PARSER = new GazetteerGeoparser(GAZETTEER);

    private static InMemoryGazetteer gazetteer() {
        InMemoryGazetteer g = GeoparseFixture.gazetteer();
        g.add(new Place("a1:NG.27", "Borno State", PlaceKind.ADMIN1, "ADM1", "NG", "27", 11.9, 13.0, 4_000_000, 190),
                List.of("Borno"));
        g.add(new Place("gn:2331447", "Maiduguri", PlaceKind.CITY, "PPLA", "NG", "27", 11.85, 13.16, 1_100_000, 10),
                List.of());
        g.add(new Place("a1:UA.07", "Kharkiv", PlaceKind.ADMIN1, "ADM1", "UA", "07", 49.6, 36.5, 2_700_000, 95),
                List.of("Kharkiv Province"));
        g.add(new Place("gn:706483", "Kharkiv", PlaceKind.CITY, "PPLA", "UA", "07", 49.98, 36.25, 1_430_000, 12),
                List.of("Kharkov"));
        g.add(new Place("a1:MX.14", "Jalisco", PlaceKind.ADMIN1, "ADM1", "MX", "14", 20.5, -103.5, 8_000_000, 150),
                List.of());
        return g;
    }

    @ParameterizedTest(name = "{1} is no place: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police blamed the Jalisco cartel for the ambush near Mosul on Monday.          | Jalisco
            Police blamed Jalisco New Generation cartel gunmen for the ambush in Mosul.    | Jalisco
            Kirkuk Point News reported an attack on a checkpoint in Mosul.                 | Kirkuk
            The attack in Mosul was first reported by Carta de Mexico on Monday.           | Mexico
            Babakura Hit, a militia leader in Mosul, said six men were killed.             | Hit
            """)
    void aNameInsideAGroupOrOutletNameOrBeforeAPersonsTitleIsNoPlace(String text, String surface) {
        for (PlaceMention m : PARSER.parse(GeoparseFixture.article(text))) {
            assertThat(m.isResolved() && m.surface().equals(surface)).as("%s", m).isFalse();
        }
    }

    @ParameterizedTest(name = "{1} at {2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunmen stormed the village of Zangawa near Maiduguri on Monday.                | Zangawa            | Maiduguri
            Gunmen attacked Kolmari village in Borno on Monday, killing four.              | Kolmari village    | Borno State
            Gunmen attacked a village called Dabbaru in Borno on Monday.                   | Dabbaru            | Borno State
            Six people died in Fandoli, Borno state, on Monday.                            | Fandoli            | Borno State
            Four soldiers were killed at the Gadai army camp near Maiduguri on Sunday.     | Gadai army camp    | Maiduguri
            """)
    void aNameTheGazetteerLacksIsKeptAtItsParentWhenTheSentenceSaysItIsAPlace(String text, String surface,
            String parent) {
        PlaceMention m = mention(text, surface).orElseThrow(() -> new AssertionError("no mention " + surface));
        assertThat(m.isResolved()).as("%s", m).isTrue();
        assertThat(m.rule()).isEqualTo("unlisted-at-parent");
        assertThat(m.place().name()).isEqualTo(parent);
        assertThat(m.review()).isEqualTo("unlisted-place");
    }

    @ParameterizedTest(name = "{1} is no place: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Four police died in Maiduguri, said Gambo Rasul, a district police chief.      | Gambo Rasul
            A member of the Tonbar District People's Defence Force spoke in Maiduguri.     | Tonbar District
            Gunmen attacked Maiduguri, officials told Dandal on Monday.                    | Dandal
            """)
    void anUnknownNameWithoutAPlaceCueStaysOut(String text, String surface) {
        for (PlaceMention m : PARSER.parse(GeoparseFixture.article(text))) {
            assertThat(m.isResolved() && m.surface().startsWith(surface.split(" ")[0])).as("%s", m).isFalse();
        }
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shelling hit the Kharkiv region overnight, Ukrainian officials said.           | Kharkiv region | a1:UA.07
            Clashes were reported in the Anbar region of Iraq on Monday.                   | Anbar          | a1:IQ.01
            """)
    void aRegionWordAfterATownsNameMakesItTheArea(String text, String surface, String id) {
        PlaceMention m = mention(text, surface).orElseThrow(() -> new AssertionError("no mention " + surface));
        assertThat(m.isResolved()).as("%s", m).isTrue();
        assertThat(m.place().id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            An attack on Borno village killed four, police in Maiduguri said.             | Borno | a1:NG.27
            """)
    void aVillageAfterAnAreaIsAVillageInThatArea(String text, String surface, String id) {
        PlaceMention m = mention(text, surface).orElseThrow(() -> new AssertionError("no mention " + surface));
        assertThat(m.place().id()).isEqualTo(id);
        assertThat(m.head()).isNull();
    }

    private static Optional<PlaceMention> mention(String text, String surface) {
        return PARSER.parse(GeoparseFixture.article(text)).stream().filter(m -> m.surface().equals(surface))
                .findFirst();
    }
}
