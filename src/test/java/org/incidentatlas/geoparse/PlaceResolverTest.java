package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resolver's static scoring pieces: what a place's kind is worth, and which names are a place's own. */
class PlaceResolverTest {

    @ParameterizedTest(name = "{0} ({1}, {2}, {3} people, {4} km) scores {5}")
    @CsvSource(delimiter = '|', textBlock = """
            Baghdad        | CITY    | PPLC | 7216000 | 20   | 6
            The Valley     | CITY    | PPLC | 2035    | 5    | 3.5
            Kirkuk         | CITY    | PPLA | 601433  | 10   | 3.5
            Atlantic Ocean | SEA     |      | 0       | 5000 | 10
            Red Sea        | SEA     |      | 0       | 900  | 5
            Iraq           | COUNTRY | PCLI | 0       | 500  | 10
            """)
    void kindScoreRanksCapitalsByTheirSizeAndOceansLikeCountries(String name, PlaceKind kind, String code,
            long population, double radiusKm, double expected) {
        Place p = new Place("x:1", name, kind, code, null, null, 0, 0, population, radiusKm);
        assertThat(PlaceResolver.kindScore(p)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is the own name of {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            new york   | New York City    | CITY | PPL  | true
            mexico     | Mexico City      | CITY | PPLC | false
            washington | Washington, D.C. | CITY | PPLC | true
            atlantic   | Atlantic Ocean   | SEA  |      | true
            baghdad    | Baghdad          | CITY | PPLC | true
            salisbury  | Harare           | CITY | PPLC | false
            """)
    void ownNamesDropWhatOnlyDisambiguates(String key, String name, PlaceKind kind, String code, boolean own) {
        Place p = new Place("x:1", name, kind, code, null, null, 0, 0, 1000, 5);
        assertThat(PlaceResolver.isOwnName(FoldCache.fold(key), p)).isEqualTo(own);
    }
}
