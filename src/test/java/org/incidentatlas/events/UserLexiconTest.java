package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's own actors, in the settings folder or a file they name, are applied on the next run. */
class UserLexiconTest {
    private String settingsBefore;
    private String ownBefore;

    @BeforeEach
    void remember() {
        settingsBefore = System.getProperty(ActorLexicon.SETTINGS_DIR_PROPERTY);
        ownBefore = System.getProperty(ActorLexicon.USER_LEXICON_PROPERTY);
    }

    @AfterEach
    void restore() {
        // The build points the settings folder at target/; other tests in this JVM keep that.
        restore(ActorLexicon.SETTINGS_DIR_PROPERTY, settingsBefore);
        restore(ActorLexicon.USER_LEXICON_PROPERTY, ownBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
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

    @Test
    void aRunKeepsTheActorsItStartedWithAndTheNextRunSeesTheEdit(@TempDir Path dir) throws Exception {
        System.setProperty(ActorLexicon.SETTINGS_DIR_PROPERTY, dir.toString());
        System.clearProperty(ActorLexicon.USER_LEXICON_PROPERTY);
        EventExtractor extractor = new RuleEventExtractor();
        Fixtures.Doc d = doc("The Grey Ridge Company attacked a police convoy on March 3, 2021, killing two officers.",
                LocalDate.of(2021, 3, 5));
        EventExtractor run = extractor.forRun();

        Files.writeString(dir.resolve(ActorLexicon.USER_FILE_NAME),
                "grey-ridge\tARMED_GROUP\tGrey Ridge Company\tGrey Ridge Company\t\tanalyst\n");
        assertThat(actorIds(run, d)).as("the run started before the edit").doesNotContain("grey-ridge");
        assertThat(actorIds(extractor.forRun(), d)).as("the next run").contains("grey-ridge");
        assertThat(extractor.forRun().forRun()).isInstanceOf(RuleEventExtractor.class);
    }

    @Test
    void anActorAddedToTheSettingsFolderIsAppliedOnTheNextRunWithoutARestart(@TempDir Path dir) throws Exception {
        System.setProperty(ActorLexicon.SETTINGS_DIR_PROPERTY, dir.toString());
        System.clearProperty(ActorLexicon.USER_LEXICON_PROPERTY);
        EventExtractor extractor = new RuleEventExtractor();
        Fixtures.Doc d = doc("The Red Valley Front attacked a police convoy on March 3, 2021, killing two officers.",
                LocalDate.of(2021, 3, 5));

        assertThat(actorIds(extractor, d)).doesNotContain("red-valley");

        Path mine = dir.resolve(ActorLexicon.USER_FILE_NAME);
        Files.writeString(mine, "red-valley\tARMED_GROUP\tRed Valley Front\tRed Valley Front\t\tanalyst\n");
        assertThat(actorIds(extractor, d)).contains("red-valley");

        // an edit (a new canonical name) applies too
        Files.writeString(mine, "red-valley\tARMED_GROUP\tRed Valley Liberation Front\tRed Valley Front\t\tanalyst\n");
        Files.setLastModifiedTime(mine, FileTime.fromMillis(Files.getLastModifiedTime(mine).toMillis() + 5000));
        assertThat(extractor.extract(d.article(), d.mentions()).incidents()).flatExtracting(Incident::actors)
                .extracting(Actor::name).contains("Red Valley Liberation Front");
    }

    private static List<String> actorIds(EventExtractor x, Fixtures.Doc d) {
        return x.extract(d.article(), d.mentions()).incidents().stream().flatMap(i -> i.actors().stream())
                .map(a -> String.valueOf(a.id())).toList();
    }
}
