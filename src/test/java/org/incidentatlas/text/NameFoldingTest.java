package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Baghdad              | baghdad
            São Paulo            | sao paulo
            Deir ez-Zor          | dair zor
            al-Mayadeen          | maiadin
            Sana'a               | sana
            Ṣanʿāʾ               | sana
            U.S. Embassy         | us embasy
            Washington, D.C.     | washington dc
            St. Petersburg       | saint petersburg
            Al                   | al
            The Hague            | hague
            Tower 22             | tower 22
            Straße               | strase
            Łódź                 | lodz
            Bosnia & Herzegovina | bosnia and herzegovina
            ''                   | ''
            '  -- '              | ''
            """)
    void foldsToKey(String name, String key) {
        assertThat(NameFolding.fold(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource(delimiter = '|', textBlock = """
            al-Mayadeen         | Al Mayadin
            al-Mayadeen         | Mayadin
            Al-Mayadin          | Meyadin
            Albu Kamal          | Abu Kamal
            Al Bu Kamal         | Abu Kamal
            Abou Kamal          | Abu Kamal
            Ain al-Asad         | Ayn al-Asad
            Ayn al Asad         | Ain Al-Asad
            Deir ez-Zor         | Dayr az Zor
            Deir el-Zor         | Deir ez-Zor
            Raqqa               | al-Raqqah
            al-Raqa             | Raqqa
            Fallujah            | Falluja
            Nasiriyah           | Nassiriya
            Nasiriyah           | An Nasiriyah
            Sulaymaniyah        | As Sulaymaniyah
            Qaim                | al-Qa'im
            Iraq                | Irak
            Hussein             | Husayn
            Sheikh Maqsoud      | Shaykh Maqsud
            Saadouniya          | Sa'adouniyah
            Ramadi              | Ar-Ramadi
            Tanf                | At-Tanf
            Hasakah             | al-Hasaka
            Kirkuk              | KIRKUK
            Erbil               | Érbil
            Bab-el-Mandeb       | Bab el Mandeb
            Bab-el-Mandeb       | Bab al-Mandeb
            U.S.                | US
            Washington D.C.     | Washington DC
            Sanaa               | Sana'a
            Tal Afar            | Tall 'Afar
            Tel Afar            | Tal Afar
            Tell Abyad          | Tal Abyad
            Jebel Ali           | Jabal Ali
            Kfar Kila           | Kafr Kila
            Sheik Zuweid        | Sheikh Zuweid
            Khirbet Ghazaleh    | Khirbat Ghazalah
            Nabatieh            | Nabatiyeh
            Nabatieh            | An Nabatiyah
            Dahieh              | Dahiya
            """)
    void variantsMeet(String a, String b) {
        assertThat(NameFolding.fold(a)).isEqualTo(NameFolding.fold(b));
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Paris               | Perris
            Baghdad             | Baghdadi
            Mosul               | Moscow
            Hama                | Homs
            Kirkuk              | Karkh
            Basra               | Busra
            Hit                 | Heit
            Tyre                | Tire
            Amman               | Oman
            Georgia             | Jordan
            Berlin              | Bern
            Lima                | Lim
            Dhi Qar             | Zi Kar
            Khan                | Han
            Vienna              | Wien
            """)
    void distinctNamesStayApart(String a, String b) {
        assertThat(NameFolding.fold(a)).isNotEqualTo(NameFolding.fold(b));
    }

    @ParameterizedTest(name = "{0} pending={1}")
    @CsvSource(delimiter = '|', textBlock = """
            ain al        | true
            dair ez       | true
            washington d  | true
            the           | true
            baghdad       | false
            ain asad      | false
            """)
    void knowsWhichLastWordsFoldAway(String folded, boolean pending) {
        assertThat(NameFolding.endsInPendingWord(folded)).isEqualTo(pending);
    }

    @Test
    void fastFoldAgreesWithTheReadableRulesOnEveryShippedName() throws IOException {
        List<String> names = new ArrayList<>(List.of("U.S.A.", "a b c d", "Al Bou Kamal", "St-Denis", "Ste. Anne",
                "Mt. Hermon", "al", "the", "The the", "Q8", "Aayy", "Iiyah", "x & y", "Ñandú", "ß ß", "22 22"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                Path.of("geodata", "gazetteer", "places.tsv.gz")))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                names.add(f[1]);
                names.addAll(List.of(f[10].split("\\|")));
            }
        }
        List<String> differing = new ArrayList<>();
        for (String n : names) {
            if (!NameFolding.fold(n).equals(NameFolding.foldReadable(n))) {
                differing.add(n + " -> " + NameFolding.fold(n) + " / " + NameFolding.foldReadable(n));
            }
        }
        assertThat(differing).isEmpty();
        assertThat(names).hasSizeGreaterThan(400_000);
    }
}
