package org.incidentatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped gazetteer, loaded once from the class path as the app loads it. */
class GazetteerLoaderTest {
    private static InMemoryGazetteer gazetteer;

    @BeforeAll
    static void load() throws IOException {
        gazetteer = (InMemoryGazetteer) GazetteerLoader.loadDefault();
    }

    @ParameterizedTest(name = "{0} -> {1} ({2},{3})")
    @CsvSource(delimiter = '|', textBlock = """
            Baghdad          | IQ | 33.34  | 44.40  | 5
            Mosul            | IQ | 36.34  | 43.12  | 5
            Moscow           | RU | 55.75  | 37.62  | 5
            Albu Kamal       | SY | 34.452 | 40.919 | 3
            Abu Kamal        | SY | 34.452 | 40.919 | 3
            al-Mayadeen      | SY | 35.021 | 40.451 | 3
            Al Mayadin       | SY | 35.021 | 40.451 | 3
            Kirkuk           | IQ | 35.47  | 44.39  | 5
            Ayn al-Asad      | IQ | 33.786 | 42.441 | 3
            Al Asad Air Base | IQ | 33.786 | 42.441 | 3
            Erbil            | IQ | 36.19  | 44.01  | 5
            Anbar            | IQ | 33.0   | 42.0   | 60
            Bab-el-Mandeb    | '' | 12.58  | 43.33  | 10
            Washington D.C.  | US | 38.90  | -77.04 | 5
            Deir ez-Zor      | SY | 35.34  | 40.14  | 10
            Hawija           | IQ | 35.325 | 43.773 | 3
            Raqqa            | SY | 35.953 | 39.008 | 3
            US Embassy       | IQ | 33.299 | 44.397 | 1
            Baghdad International Airport | IQ | 33.262 | 44.235 | 2
            """)
    void findsPlaceNearExpectedCoordinates(String name, String country, double lat, double lon, double toleranceKm) {
        List<Place> found = gazetteer.find(NameFolding.fold(name));
        assertThat(found).as(name).isNotEmpty();
        assertThat(found).as(name + " candidates " + found).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo(country.isEmpty() ? null : country);
            assertThat(km(p.lat(), p.lon(), lat, lon)).isLessThan(toleranceKm);
        });
    }

    @Test
    void supplementRowsComeFirstAmongSharedNames() {
        assertThat(gazetteer.find("anbar").get(0).id()).isEqualTo("sup:iq-anbar");
        assertThat(gazetteer.find(NameFolding.fold("Albu Kamal")).get(0).id()).isEqualTo("sup:albu-kamal");
    }

    @Test
    void countsAreSane() {
        assertThat(gazetteer.size()).isBetween(200_000, 260_000);
        assertThat(gazetteer.nameCount()).isGreaterThan(300_000);
        assertThat(gazetteer.problems()).isEmpty();
        assertThat(gazetteer.country("IQ")).map(Place::kind).contains(PlaceKind.COUNTRY);
        assertThat(gazetteer.country("SY")).map(Place::name).contains("Syria");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Iraqi     | IQ
            Iraqis    | IQ
            Syrian    | SY
            American  | US
            Americans | US
            Russian   | RU
            Lebanese  | LB
            Iranian   | IR
            Israeli   | IL
            Saudi     | SA
            Turkish   | TR
            British   | GB
            French    | FR
            Jordanian | JO
            Yemeni    | YE
            Emirati   | AE
            Palestinian | PS
            Kuwaiti   | KW
            Qatari    | QA
            """)
    void mapsDemonymsToCountries(String demonym, String iso2) {
        assertThat(gazetteer.countryOfDemonym(NameFolding.fold(demonym))).contains(iso2);
    }

    @Test
    void everyProperPrefixOfEveryIndexedNameIsKnown() {
        for (String name : List.of("Ain al-Asad Air Base", "Baghdad International Airport", "Strait of Hormuz",
                "United States of America", "Rio de Janeiro", "Kurdistan Region of Iraq")) {
            String key = NameFolding.fold(name);
            assertThat(gazetteer.find(key)).as(name).isNotEmpty();
            for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                assertThat(gazetteer.hasLongerName(key.substring(0, sp))).as(key.substring(0, sp)).isTrue();
            }
        }
    }

    @Test
    void loadsTheSameFromTheWorkingDirectory() throws IOException {
        Gazetteer fromDir = GazetteerLoader.load(Path.of("geodata"));
        assertThat(fromDir.size()).isEqualTo(gazetteer.size());
        assertThat(fromDir.find("baghdad")).isEqualTo(gazetteer.find("baghdad"));
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = Math.PI / 180;
        double a = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
                + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
        return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
