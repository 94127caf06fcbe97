package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '  {"about": "x"}'                                           | SEEDS_JSON
            '\uFEFF{}'                                                   | SEEDS_JSON
            '<?xml version="1.0" ?><articles><article file="0">'         | GEOWEBNEWS_XML
            '<?xml version="1.0"?>\n<articles>\n <article docid="1">'     | TR_NEWS_XML
            """)
    void recognisesFormatsFromTheFirstBytes(String head, GoldFormat expected) {
        assertThat(GoldFormat.detect(head.replace("\\n", "\n"))).contains(expected);
    }

    @Test
    void otherXmlIsNoGoldFormat() {
        assertThat(GoldFormat.detect("<project><article/></project>")).isEqualTo(Optional.empty());
    }

    @Test
    void unknownFileGivesAMessageNamingIt(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("notes.txt"), "just words");
        assertThatThrownBy(() -> GoldFormat.detect(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("unknown gold format");
    }
}
