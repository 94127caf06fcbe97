package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrismChoiceTest {
    @TempDir
    Path settings;

    @Test
    void pipelineKindComesFromThePackage() {
        assertThat(PrismChoice.kindOf("com.sun.prism.sw.SWPipeline")).isEqualTo("sw");
        assertThat(PrismChoice.kindOf("com.sun.prism.es2.ES2Pipeline")).isEqualTo("es2");
    }

    @Test
    void aDisplayWhereTheProbeFellBackStartsWithSoftwareUntilTheNoteIsOld() throws Exception {
        String given = System.clearProperty("prism.order"); // the test build sets it (headless)
        try {
            PrismChoice.remember(settings, ":98", "com.sun.prism.es2.ES2Pipeline");
            PrismChoice.apply(settings, ":98");
            assertThat(System.getProperty("prism.order")).isNull(); // es2 worked there: probe as usual

            PrismChoice.remember(settings, ":99", "com.sun.prism.sw.SWPipeline");
            Path note = PrismChoice.note(settings, ":99");
            Files.setLastModifiedTime(note, FileTime.fromMillis(System.currentTimeMillis() - PrismChoice.KEEP_MILLIS - 1));
            PrismChoice.apply(settings, ":99");
            assertThat(System.getProperty("prism.order")).isNull(); // a week old: probed again
            assertThat(PrismChoice.softwareNoted(settings, ":99")).isFalse(); // the launcher keeps GDK's GL too

            Files.setLastModifiedTime(note, FileTime.fromMillis(System.currentTimeMillis()));
            PrismChoice.apply(settings, ":97");
            assertThat(System.getProperty("prism.order")).isNull(); // another display
            PrismChoice.apply(settings, ":99");
            assertThat(System.getProperty("prism.order")).isEqualTo("sw");
            assertThat(PrismChoice.softwareNoted(settings, ":99")).isTrue();
            assertThat(PrismChoice.softwareNoted(settings, ":98")).isFalse();
            assertThat(PrismChoice.softwareNoted(settings, ":97")).isFalse();
        } finally {
            if (given != null) {
                System.setProperty("prism.order", given);
            } else {
                System.clearProperty("prism.order");
            }
        }
    }

    @Test
    void aPrismOrderGivenByTheUserWins() {
        String given = System.getProperty("prism.order");
        try {
            System.setProperty("prism.order", "es2,sw");
            PrismChoice.remember(settings, ":96", "com.sun.prism.sw.SWPipeline");
            assertThat(PrismChoice.note(settings, ":96")).doesNotExist();
            assertThat(System.getProperty("prism.order")).isEqualTo("es2,sw");
        } finally {
            if (given != null) {
                System.setProperty("prism.order", given);
            } else {
                System.clearProperty("prism.order");
            }
        }
    }
}
