package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorLexiconTest {
    private final ActorLexicon lexicon = ActorLexicon.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Harakat al-Nujaba               | nujaba                 | ARMED_GROUP
            Harakat Hezbollah al-Nujaba     | nujaba                 | ARMED_GROUP
            al-Nujaba Movement              | nujaba                 | ARMED_GROUP
            Nujaba                          | nujaba                 | ARMED_GROUP
            Kataib Hezbollah                | kataib-hezbollah       | ARMED_GROUP
            Hizbullah Brigades              | kataib-hezbollah       | ARMED_GROUP
            PMU                             | pmf                    | ARMED_GROUP
            Popular Mobilization Units      | pmf                    | ARMED_GROUP
            Hashd al-Shaabi                 | pmf                    | ARMED_GROUP
            Quds Force                      | irgc                   | STATE_FORCES
            Islamic Revolution Guards Corps | irgc                   | STATE_FORCES
            I.R.G.C.                        | irgc                   | STATE_FORCES
            Hizbullah                       | hezbollah              | ARMED_GROUP
            Ansar Allah                     | houthis                | ARMED_GROUP
            Daesh                           | islamic-state          | ARMED_GROUP
            ISIL                            | islamic-state          | ARMED_GROUP
            Islamic Resistance in Iraq      | islamic-resistance-in-iraq | ARMED_GROUP
            Badr Organization               | badr                   | ARMED_GROUP
            League of the Righteous         | asaib-ahl-al-haq       | ARMED_GROUP
            Asa'ib Ahl Al-Haqq              | asaib-ahl-al-haq       | ARMED_GROUP
            U.S. forces                     | us-forces              | STATE_FORCES
            American troops                 | us-forces              | STATE_FORCES
            IDF                             | israeli-forces         | STATE_FORCES
            Kaabi                           | kaabi                  | PERSON
            Qassem Soleimani                | soleimani              | PERSON
            Abu Mahdi al-Muhandis           | muhandis               | PERSON
            Hadi Al Ameri                   | amiri                  | PERSON
            Qais al-Khazali                 | khazali                | PERSON
            """)
    void knowsAliases(String alias, String id, String type) {
        ActorLexicon.Entry e = lexicon.lookup(alias).orElseThrow();
        assertThat(e.id()).isEqualTo(id);
        assertThat(e.type().name()).isEqualTo(type);
    }

    @Test
    void longestAliasWinsAndCurlyApostrophesMatch() {
        String text = "Harakat Hezbollah al-Nujaba, backed by the Lebanese Hezbollah, met Kaabi’s deputy; the us of it.";
        List<ActorLexicon.Mention> ms = lexicon.find(text, 0, text.length());
        assertThat(ms).extracting(m -> m.entry().id()).containsExactly("nujaba", "hezbollah", "kaabi");
        assertThat(ms.get(0).surface()).isEqualTo("Harakat Hezbollah al-Nujaba");
    }

    @Test
    void unknownTypeNamesTheFileAndLine() {
        String tsv = "# header\nx\tWIZARDS\tX\tX\n";
        assertThatThrownBy(() -> ActorLexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "a.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("a.tsv:2").hasMessageContaining("WIZARDS");
    }
}
