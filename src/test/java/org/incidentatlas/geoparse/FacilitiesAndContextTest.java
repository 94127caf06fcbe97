package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Head nouns, facilities near their town, and names that the words around them make no place. Made-up sentences. */
class FacilitiesAndContextTest {
    private static final InMemoryGazetteer GAZETTEER = gazetteer();
    private static final Geoparser PARSER = new GazetteerGeoparser(GAZETTEER);

    private static InMemoryGazetteer gazetteer() {
        InMemoryGazetteer g = GeoparseFixture.gazetteer();
        g.add(new Place("ap:1", "Mosul International Airport", PlaceKind.AIRPORT, "AIRP", "IQ", null, 36.306, 43.147,
                0, 2), List.of());
        g.add(new Place("gn:900", "Samarra", PlaceKind.TOWN, "PPL", "IQ", "18", 34.198, 43.874, 158_000, 5),
                List.of());
        g.add(new Place("gn:901", "Samara", PlaceKind.CITY, "PPLA", "RU", "65", 53.2, 50.15, 1_134_730, 20),
                List.of("Samarra"));
        g.add(new Place("sup:us-embassy-baghdad", "US Embassy Baghdad", PlaceKind.EMBASSY, "DIP", "IQ", "07", 33.298,
                44.395, 0, 1), List.of("US Embassy", "American Embassy"));
        g.add(new Place("sup:pentagon", "The Pentagon", PlaceKind.LANDMARK, "BLDG", "US", "VA", 38.871, -77.056, 0, 1),
                List.of("Pentagon"));
        g.add(new Place("gn:902", "Liwa", PlaceKind.TOWN, "PPL", "OM", "02", 24.53, 56.57, 20_000, 2), List.of());
        g.add(new Place("gn:903", "Ardebil", PlaceKind.CITY, "PPLA", "IR", "32", 38.25, 48.29, 410_000, 8),
                List.of());
        return g;
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rockets hit the Mosul airport on Monday, Iraqi officials said.                 | Mosul airport       | Mosul International Airport | airport
            Fighters attacked Kirkuk district overnight, Iraqi police said.                | Kirkuk district     | Kirkuk                      | district
            Shelling hit the Hit hospital in Iraq on Sunday.                              | Hit hospital        | Hit                         | hospital
            Two rockets landed near the US embassy in Baghdad, Iraqi officials said.       | US embassy          | US Embassy Baghdad          |
            """)
    void aHeadNounJoinsTheSurfaceAndNamesTheFacility(String text, String surface, String place, String head) {
        PlaceMention m = mention(text, surface).orElseThrow();
        assertThat(m.isResolved()).as("%s", m).isTrue();
        assertThat(m.place().name()).isEqualTo(place);
        if (head != null) {
            assertThat(m.head()).isEqualTo(head);
            assertThat(m.name()).isEqualTo(surface.substring(0, surface.length() - head.length()).strip());
        }
    }

    @ParameterizedTest(name = "{1} is no place in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Pentagon said the strike on Monday targeted a depot in Iraq.               | Pentagon
            Liwa Fatemiyoun fighters were seen in Syria last year.                         | Liwa
            Iran operates several drones, including the Ardebil and Shahed models.         | Ardebil
            The Islamic State in Iraq and Syria claimed the attack in Mosul.               | Syria
            A small U.S. base in Syria was attacked on Monday.                             | U.S. base
            """)
    void theWordsAroundMakeANameNoPlace(String text, String name) {
        Optional<PlaceMention> m = mention(text, name);
        m.ifPresent(x -> assertThat(x.status()).as("%s", x).isEqualTo(MentionStatus.REJECTED));
        // nor is the name the start of a resolved mention ("Liwa" of "Liwa Fatemiyoun")
        int at = text.indexOf(name);
        for (PlaceMention x : PARSER.parse(GeoparseFixture.article(text))) {
            if (x.isResolved()) {
                assertThat(x.surface()).as("resolved mention at %d", at).isNotEqualTo(name);
                assertThat(x.surface().startsWith(name) && x.span().start() == at).as("%s", x).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BAGHDAD - Iraqi troops deployed to Samarra after an attack near Mosul in Iraq. | Samarra | IQ
            """)
    void theArticlesCountryBeatsABiggerNamesakeAbroad(String text, String surface, String country) {
        PlaceMention m = mention(text, surface).orElseThrow();
        assertThat(m.place().country()).isEqualTo(country);
        assertThat(m.review()).isNull();
    }

    @ParameterizedTest(name = "{1} is flagged in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BAGHDAD - Iraqi troops entered Mosul and Kirkuk in Iraq. Fans cheered Peterson. | Peterson
            """)
    void aSmallNamesakeOutsideTheArticlesCountriesIsFlaggedForReview(String text, String surface) {
        mention(text, surface).filter(PlaceMention::isResolved)
                .ifPresent(m -> assertThat(m.review()).isEqualTo("outside-article-focus"));
    }

    private static Optional<PlaceMention> mention(String text, String surface) {
        return PARSER.parse(GeoparseFixture.article(text)).stream().filter(m -> m.surface().equals(surface))
                .findFirst();
    }
}
