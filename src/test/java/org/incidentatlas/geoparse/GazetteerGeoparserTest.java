package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerGeoparserTest {
    private static final InMemoryGazetteer GAZETTEER = GeoparseFixture.gazetteer();
    private static final Geoparser PARSER = new GazetteerGeoparser(GAZETTEER);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Militias are deployed in Albu Kamal, Deir Ezzor province, and elsewhere.      | Albu Kamal          | 34.45  | 40.92
            Militias are deployed in Albu Kamal, Deir Ezzor province, and elsewhere.      | Deir Ezzor province | 35.0   | 40.3
            Fighters were seen in al-Mayadeen and around Deir Ezzor last week.            | al-Mayadeen         | 35.02  | 40.45
            They attacked forces in the region of al-Baghdadi in Anbar Province.          | al-Baghdadi         | 33.87  | 42.53
            They attacked forces in the region of al-Baghdadi in Anbar Province.          | Anbar Province      | 33.0   | 42.0
            Fighters were killed in the Iraqi province of Kirkuk on Sunday.               | Kirkuk              | 35.4   | 44.2
            The convoy left Kirkuk for Mosul on Sunday.                                   | Kirkuk              | 35.47  | 44.39
            U.S. troops at the Ayn al-Asad Military Base in Anbar were targeted.          | Ayn al-Asad Military Base | 33.79  | 42.44
            Rockets fell near the embassy in Baghdad on Monday.                           | Baghdad             | 33.34  | 44.40
            Tension between Washington and Tehran rose again.                             | Washington          | 38.90  | -77.04
            He flew to Paris for talks.                                                   | Paris               | 48.85  | 2.35
            The rally in Paris, Texas drew a crowd of farmers.                            | Paris               | 33.66  | -95.56
            Iraqi officials met in Baghdad.                                               | Iraqi               | 33.0   | 43.7
            The London-based Saudi daily Al-Sharq Al-Awsat published a report.            | London              | 51.51  | -0.13
            Militants regrouped near Hit after the offensive in Anbar and Iraq.           | Hit                 | 33.64  | 42.83
            The commander accused his accomplices in Hawaija of betrayal in Iraq.         | Hawaija             | 35.33  | 43.77
            The fighters left Iraq for Syria once the war ended.                          | Syria               | 35.0   | 38.5
            The deal includes Mexico, the US, and Canada.                                 | Mexico              | 23.0   | -102.0
            European officials met in Paris on Monday.                                    | European            | 48.69  | 9.14
            Five people died, according to Mosul police sources.                         | Mosul               | 36.34  | 43.12
            GLASGOW, Ky. (WBKO) -- One woman died after a crash on Monday.                | GLASGOW             | 37.0   | -85.91
            GLASGOW, Ky. (WBKO) -- One woman died after a crash on Monday.                | Ky.                 | 37.8   | -85.7
            Snow is expected in Ky. and further north this week.                         | Ky.                 | 37.8   | -85.7
            Officials in Austin, TX said the roads were closed.                           | Austin              | 30.27  | -97.74
            Officials in Austin, TX said the roads were closed.                           | TX                  | 31.25  | -99.25
            Police in Suffolk County arrested him on Friday.                              | Suffolk County      | 40.9   | -72.8
            Orange County is one of the richest jurisdictions on the coast.               | Orange County       | 33.79  | -117.85
            Storms formed over the Atlantic and moved west.                               | Atlantic            | 10.0   | -25.0
            Ships were attacked in the Red Sea on Monday.                                 | Red Sea             | 20.0   | 38.5
            She opened a restaurant in New York last year.                                | New York            | 40.71  | -74.01
            He flew from Mexico to Paris for talks.                                       | Mexico              | 23.0   | -102.0
            He moved to Washington, D.C., last year.                                     | Washington, D.C.    | 38.90  | -77.04
            Both the B.C. and Ontario governments announced new rules.                    | B.C.                | 53.7   | -127.6
            AUSTIN, Texas (AP) -- A man was arrested on Monday.                           | AUSTIN              | 30.27  | -97.74
            Vancouver police have confirmed the seizure of the drugs.                     | Vancouver           | 49.25  | -123.12
            Homes were buried in Sichuan province, the Xinhua news agency reported.       | Sichuan province    | 30.5   | 102.5
            Youth crime rose in North Queensland this year.                               | Queensland          | -19.7  | 146.1
            He was poisoned in the British city of Salisbury last March.                  | Salisbury           | 51.07  | -1.80
            The old bridge in Salisbury was closed for repairs on Monday.                 | Salisbury           | 51.07  | -1.80
            Until 1982 Salisbury was the seat of government. Zimbabwe renamed it.         | Salisbury           | -17.83 | 31.05
            Iraqi police closed the Mosul Bridge after the blast.                         | Mosul Bridge        | 36.335 | 43.119
            Shoppers crowded Oxford Street in London on Saturday.                         | Oxford              | 51.75  | -1.26
            Talks on the Iraq-Syria border resumed on Monday.                             | Iraq                | 33.0   | 43.7
            The mayor of London spoke on Saturday. Officials across Ontario agreed.       | London              | 42.98  | -81.23
            The mayor of London spoke on Saturday. Ontario Hydro raised its rates.        | London              | 51.51  | -0.13
            North American leaders met on Monday.                                         | North American      | 46.07  | -100.55
            The complaints against the Hollywood producer were ignored.                  | Hollywood           | 34.10  | -118.33
            After stops in Washington, New York and Boston, the prince flew home.         | Washington          | 38.90  | -77.04
            """)
    void resolves(String text, String surface, double lat, double lon) {
        PlaceMention m = mention(text, surface);
        assertThat(m.isResolved()).as("%s resolved in %s (rule %s)", surface, text, m.rule()).isTrue();
        assertThat(org.incidentatlas.model.Geography.km(m.place().lat(), m.place().lon(), lat, lon)).as("distance of %s", m.place()).isLessThan(10);
        assertThat(m.confidence()).isBetween(0.0, 1.0);
        assertThat(m.candidates()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} rejected: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kaabi told the Lebanese al-Mayadeen TV that the group will respond.           | al-Mayadeen TV           | outlet
            Kaabi told Lebanon-based Arabic-language al-Mayadeen news network.            | al-Mayadeen              | outlet
            Iran's Fars News Agency reports that the meeting was held.                    | Fars News Agency         | outlet
            Iran's Fars News Agency reports it. According to Fars, an outlet, it was big. | Fars                     | outlet
            The Middle East Institute (MEI) is an independent organization.               | Middle East Institute    | organisation
            Abu Bakr al-Baghdadi was the leader of the group.                             | al-Baghdadi              | nisba
            The cleric Ali al-Sistani issued a fatwa.                                     | al-Sistani               | nisba
            Psychologist Jordan Peterson spoke in Amman.                                  | Jordan                   | person-name
            The group posted a photo. [Al-Nujaba Lebanon/Twitter]                         | Lebanon                  | caption-credit
            Fans filled the Stade de France for the cup final.                            | Stade                    | facility-name
            A vigil was held in Victoria Park in London, Canada.                          | Victoria                 | facility-name
            A protest blocked Northumberland Avenue in London on Friday.                  | Northumberland           | facility-name
            Shops on Baghdad Street in Amman were closed on Friday.                       | Baghdad                  | facility-name
            Crowds walked along the Champs-Elysées in Paris.                              | Champs                   | partial-name
            The army began Operation Mosul Dawn near the border last year.                | Mosul                    | operation-name
            Reading the report, the fighters left the area.                               | Reading                  | common-word
            He gave a speech in March about the war in Iraq.                              | March                    | common-word
            Kaplan said the plan had failed and he would resign.                          | Kaplan                   | minor-place-without-context
            From Humble Origins To A Fearsome Force                                       | Humble                   | headline-only
            Twitter users were worried about Barr's role in the affair.                  | Barr                     | variant-without-context
            The horse was trained by Mike de Kock in Dubai.                               | Kock                     | person-name
            Known locally as Smoky Mary, the steam line ran until 1932.                   | Mary                     | given-name
            The commander of the Quds Force was killed near the airport.                  | Quds Force               | organisation
            """)
    void rejects(String text, String surface, String reason) {
        PlaceMention m = mention(text, surface);
        assertThat(m.isResolved()).as("%s in %s", surface, text).isFalse();
        assertThat(m.place()).isNull();
        assertThat(m.rule()).startsWith(reason);
        assertThat(m.role()).isEqualTo(MentionRole.NOT_A_PLACE);
    }

    @ParameterizedTest(name = "{0} → {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tension between Washington and Tehran rose again.                   | Tehran     | METONYMIC
            Iraqi officials met in Baghdad.                                     | Iraqi      | DEMONYM
            Iraqi officials met in Baghdad.                                     | Baghdad    | LITERAL
            He would topple the Baghdad government if ordered.                  | Baghdad    | METONYMIC
            The London-based Saudi daily Al-Sharq Al-Awsat published a report.  | London     | ORGANISATION_SEAT
            """)
    void roles(String text, String surface, MentionRole role) {
        PlaceMention m = mention(text, surface);
        assertThat(m.isResolved()).isTrue();
        assertThat(m.role()).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0} has no place {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The London-based Saudi daily Al-Sharq Al-Awsat published a report.  | Sharq
            Split the difference, said the negotiator.                          | Split
            The bill was passed Of course by the senate.                        | Of
            We were Reading the report closely.                                 | Reading
            They met in Baghdad on Monday.                                      | They
            They met in TX on Monday.                                           | TX
            The treaty dates from 500 B.C. in the old texts.                    | B.C.
            """)
    void findsNoPlace(String text, String surface) {
        List<PlaceMention> ms = PARSER.parse(GeoparseFixture.article(text));
        assertThat(ms).noneMatch(m -> m.isResolved() && m.surface().contains(surface));
    }

    @Test
    void oneSensePerArticleCarriesAQualifierToLaterMentions() {
        String text = "Shelling hit Paris, Texas on Monday. Later, Paris was quiet again.";
        List<PlaceMention> ms = PARSER.parse(GeoparseFixture.article(text));
        List<PlaceMention> paris = ms.stream().filter(m -> m.surface().equals("Paris")).toList();
        assertThat(paris).hasSize(2).allMatch(m -> m.place().id().equals("gn:4717560"));
        assertThat(paris.get(1).rule()).isEqualTo("one-sense-per-article");
    }

    @Test
    void boilerplateSentencesYieldNothing() {
        String text = "Rockets fell in Baghdad.\nFor a listing of donors in Washington, please click here.";
        var a = GeoparseFixture.article(text);
        var sentences = a.sentences().stream().map(s -> new org.incidentatlas.model.Sentence(s.index(), s.span(),
                s.index() == 1)).collect(Collectors.toList());
        var withBoilerplate = new org.incidentatlas.model.Article(a.id(), a.source(), null, null, null, null, null,
                null, text, sentences, List.of(), null);
        List<PlaceMention> ms = PARSER.parse(withBoilerplate);
        assertThat(ms).extracting(PlaceMention::surface).containsExactly("Baghdad");
    }

    @Test
    void areaOfInterestBreaksNearTiesOnly() {
        Geoparser withPrior = new GazetteerGeoparser(GAZETTEER, GeoparseOptions.middleEast());
        PlaceMention plain = mention(PARSER, "Fighting resumed in Abu Kamal on Tuesday.", "Abu Kamal");
        PlaceMention prior = mention(withPrior, "Fighting resumed in Abu Kamal on Tuesday.", "Abu Kamal");
        assertThat(plain.place().country()).isEqualTo("SY");
        assertThat(prior.place().country()).isEqualTo("SY");
        assertThat(mention(withPrior, "He flew to Paris for talks.", "Paris").place().country()).isEqualTo("FR");
    }

    @Test
    void everyResolvedMentionCarriesItsCandidatesAndRule() {
        PlaceMention m = mention("Tension between Washington and Tehran rose again.", "Washington");
        assertThat(m.candidates()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(m.candidates().get(0).place()).isEqualTo(m.place());
        assertThat(m.candidates().get(0).score()).isGreaterThan(m.candidates().get(1).score());
        assertThat(m.rule()).isEqualTo("well-known");
    }

    private static PlaceMention mention(String text, String surface) {
        return mention(PARSER, text, surface);
    }

    private static PlaceMention mention(Geoparser parser, String text, String surface) {
        List<PlaceMention> ms = parser.parse(GeoparseFixture.article(text));
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in: " + text + " → "
                        + ms.stream().map(m -> m.surface() + "/" + m.status() + "/" + m.rule()).toList()));
    }
}
