package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.ActorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLexiconTest {
    @AfterEach
    void clear() {
        System.clearProperty(ActorLexicon.SETTINGS_DIR_PROPERTY);
        System.clearProperty(ActorLexicon.USER_LEXICON_PROPERTY);
    }

    @Test
    void anAnalystsOwnActorsFromTheSettingsFolderAndABadFileAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ActorLexicon.USER_FILE_NAME),
                "# mine\nnorth-brigade\tARMED_GROUP\tNorthern Hills Brigade\tNorthern Hills Brigade|NHB\t\tmy notes\n");
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "x\tNOT_A_TYPE\tX\tX\n");
        System.setProperty(ActorLexicon.SETTINGS_DIR_PROPERTY, dir.toString());
        System.setProperty(ActorLexicon.USER_LEXICON_PROPERTY, bad.toString());
        List<String> problems = new ArrayList<>();
        ActorLexicon lex = ActorLexicon.configured(problems);
        assertThat(lex.lookup("NHB")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(ActorType.ARMED_GROUP));
        assertThat(lex.entry("islamic-state")).isPresent();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("bad.tsv").contains(":1"));
    }
}
