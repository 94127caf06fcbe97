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
            United States    | US | 39.76  | -98.5  | 1
            Canada           | CA | 60.11  | -113.64 | 1
            Japan            | JP | 36.0   | 138.0  | 1
            Queensland       | AU | -19.7  | 146.1  | 60
            Texas            | US | 31.0   | -100.0 | 60
            Suffolk County   | US | 40.9   | -72.8  | 40
            Orange County    | US | 33.7   | -117.8 | 40
            Kent             | GB | 51.2   | 0.7    | 40
            County Cork      | IE | 51.95  | -8.7   | 60
            Europe           | '' | 48.69  | 9.14   | 1
            Atlantic Ocean   | '' | 10.0   | -25.0  | 1
            """)
    void findsPlaceNearExpectedCoordinates(String name, String country, double lat, double lon, double toleranceKm) {
        List<Place> found = gazetteer.find(NameFolding.fold(name));
        assertThat(found).as(name).isNotEmpty();
        assertThat(found).as(name + " candidates " + found).anySatisfy(p -> {
            assertThat(p.country()).isEqualTo(country.isEmpty() ? null : country);
            assertThat(km(p.lat(), p.lon(), lat, lon)).isLessThan(toleranceKm);
        });
    }

    @ParameterizedTest(name = "{0} -> {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            Anbar        | sup:iq-anbar
            Albu Kamal   | sup:albu-kamal
            Baghdad      | gn:98182
            Washington   | gn:4140963
            Erbil        | gn:95446
            Tehran       | gn:112931
            Georgia      | cc:GE
            Lebanon      | cc:LB
            Red Sea      | sup:red-sea
            Gaza         | sup:gaza-strip
            Reading      | gn:2639577
            """)
    void ordersSharedNamesByProminence(String name, String firstId) {
        assertThat(gazetteer.find(NameFolding.fold(name)).get(0).id()).isEqualTo(firstId);
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

    @Test
    void storedKeysAreWhatNameFoldingGivesTodayOnEveryRow() throws IOException {
        String text;
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(
                Path.of("geodata", "gazetteer", GazetteerLoader.PLACES)))) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        assertThat(lines[0]).endsWith("\t" + GazetteerLoader.KEYS_COLUMN);
        List<String> stale = new java.util.ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            String expected = String.join("|", GazetteerLoader.foldedKeys(f[1], f[10]));
            if (!expected.equals(f[12]) && stale.size() < 5) {
                stale.add(f[0] + ": stored " + f[12] + " / now " + expected);
            }
        }
        assertThat(stale).as("NameFolding changed: run geodata/build/build.sh").isEmpty();
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = Math.PI / 180;
        double a = Math.pow(Math.sin((lat2 - lat1) * r / 2), 2)
                + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.pow(Math.sin((lon2 - lon1) * r / 2), 2);
        return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
