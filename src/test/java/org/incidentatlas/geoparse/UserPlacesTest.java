package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.incidentatlas.gazetteer.UserPlaces;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's own places, in the settings folder or beside the investigation, are used on the next run. */
class UserPlacesTest {
    private static final Geoparser PARSER = new GazetteerGeoparser(GeoparseFixture.gazetteer());
    private static final String TEXT = "Gunmen stormed Kafr Zindawi on Monday, killing three farmers, and then "
            + "attacked the Tal Raheeb checkpoint near Baghdad.";

    private String settingsBefore;
    private String fileBefore;

    @BeforeEach
    void remember() {
        settingsBefore = System.getProperty(UserPlaces.SETTINGS_DIR_PROPERTY);
        fileBefore = System.getProperty(UserPlaces.FILE_PROPERTY);
    }

    @AfterEach
    void restore() {
        // The build points the settings folder at target/; other tests in this JVM keep that.
        restore(UserPlaces.SETTINGS_DIR_PROPERTY, settingsBefore);
        restore(UserPlaces.FILE_PROPERTY, fileBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void aMadeUpVillageAddedToTheSettingsFolderIsResolvedOnTheNextRun(@TempDir Path settings) throws Exception {
        System.setProperty(UserPlaces.SETTINGS_DIR_PROPERTY, settings.toString());
        System.clearProperty(UserPlaces.FILE_PROPERTY);
        assertThat(resolved("Kafr Zindawi")).isEmpty();

        Path mine = settings.resolve(UserPlaces.FILE_NAME);
        Files.writeString(mine, "# my places\nKafr Zindawi\tKafr Zindawy|Zindawi\t33.512\t44.105\tvillage\tiq\tfrom a field report\n");
        assertThat(resolved("Kafr Zindawi")).singleElement().satisfies(m -> {
            assertThat(m.place().id()).isEqualTo("sup:user:kafr-zindawi-iq");
            assertThat(m.place().kind()).isEqualTo(PlaceKind.VILLAGE);
            assertThat(m.place().lat()).isEqualTo(33.512);
            assertThat(m.place().country()).isEqualTo("IQ");
        });

        // an edit (the point moved) applies on the next run too
        Files.writeString(mine, "Kafr Zindawi\t\t33.6\t44.2\tvillage\tIQ\n");
        Files.setLastModifiedTime(mine, FileTime.fromMillis(Files.getLastModifiedTime(mine).toMillis() + 5000));
        assertThat(resolved("Kafr Zindawi")).singleElement()
                .satisfies(m -> assertThat(m.place().lat()).isEqualTo(33.6));
    }

    @Test
    void aRunKeepsThePlacesItStartedWithAndTheNextRunSeesTheEdit(@TempDir Path settings) throws Exception {
        System.setProperty(UserPlaces.SETTINGS_DIR_PROPERTY, settings.toString());
        System.clearProperty(UserPlaces.FILE_PROPERTY);
        Geoparser run = PARSER.forRun();
        assertThat(run.forRun()).as("a run's geoparser is already fixed").isSameAs(run);

        Files.writeString(settings.resolve(UserPlaces.FILE_NAME), "Kafr Zindawi\t\t33.512\t44.105\tvillage\tIQ\n");
        assertThat(resolved(run, "Kafr Zindawi")).as("the run started before the edit").isEmpty();
        assertThat(resolved(PARSER.forRun(), "Kafr Zindawi")).as("the next run").singleElement()
                .satisfies(m -> assertThat(m.place().lat()).isEqualTo(33.512));
    }

    @Test
    void aFileBesideTheInvestigationAddsItsPlacesAndABadRowNamesFileAndLine(@TempDir Path dir) throws Exception {
        System.setProperty(UserPlaces.SETTINGS_DIR_PROPERTY, dir.resolve("settings").toString());
        Path beside = dir.resolve(UserPlaces.FILE_NAME);
        Files.writeString(beside, """
                Tal Raheeb\tTal Rahib\t33.40\t44.31\tcheckpoint\tIQ
                Nowhere Farm\t\tninety\t44.0\tvillage\tIQ
                Other Farm\t\t33.0\t44.0\tpalace\tIQ
                """);
        System.setProperty(UserPlaces.FILE_PROPERTY, beside.toString());

        UserPlaces read = UserPlaces.read(UserPlaces.files());
        assertThat(read.places()).extracting(p -> p.name()).containsExactly("Tal Raheeb");
        assertThat(read.problems()).hasSize(2);
        assertThat(read.problems().get(0)).contains(beside.toString() + ":2").contains("latitude").contains("ninety");
        assertThat(read.problems().get(1)).contains(":3").contains("unknown type 'palace'");

        assertThat(resolved("Tal Raheeb")).singleElement()
                .satisfies(m -> assertThat(m.place().kind()).isEqualTo(PlaceKind.CROSSING));
    }

    private static List<PlaceMention> resolved(String surface) {
        return resolved(PARSER, surface);
    }

    private static List<PlaceMention> resolved(Geoparser parser, String surface) {
        return parser.parse(GeoparseFixture.article(TEXT)).stream()
                .filter(m -> m.surface().startsWith(surface) && m.status() == MentionStatus.RESOLVED
                        && m.place().id().startsWith(UserPlaces.ID_PREFIX))
                .toList();
    }
}
