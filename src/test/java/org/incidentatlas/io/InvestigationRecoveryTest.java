package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestigationRecoveryTest {
    @TempDir
    Path dir;

    private static void touch(Path p, String when) throws Exception {
        Files.setLastModifiedTime(p, FileTime.from(Instant.parse(when)));
    }

    @Test
    void unsavedWorkGoesToTheSettingsFolderAndSavedWorkBesideItsFile() {
        InvestigationRecovery r = new InvestigationRecovery(dir.resolve("settings"));
        assertThat(r.recoveryOf(null)).isEqualTo(dir.resolve("settings").resolve("unsaved.investigation.json"));
        assertThat(r.recoveryOf(dir.resolve("case.investigation.json")))
                .isEqualTo(dir.resolve("case.investigation.json.recovery"));
    }

    @Test
    void aRecoveryFileIsOfferedOnlyWhenNewerThanItsInvestigation() throws Exception {
        InvestigationRecovery r = new InvestigationRecovery(dir.resolve("settings"));
        Path file = Files.writeString(dir.resolve("case.json"), "{}");
        Path recovery = Files.writeString(r.recoveryOf(file), "{}");
        touch(file, "2026-01-01T10:00:00Z");
        touch(recovery, "2026-01-01T09:00:00Z");
        assertThat(r.offerFor(file)).isEmpty();
        touch(recovery, "2026-01-01T14:32:00Z");
        assertThat(r.offerFor(file)).hasValueSatisfying(o -> {
            assertThat(o.recovery()).isEqualTo(recovery);
            assertThat(o.written()).isEqualTo(Instant.parse("2026-01-01T14:32:00Z"));
        });
    }

    @Test
    void atStartTheUnsavedWorkAndTheRecoveryOfTheInvestigationOpenLastAreOffered() throws Exception {
        InvestigationRecovery r = new InvestigationRecovery(dir.resolve("settings"));
        assertThat(r.offersAtStart()).isEmpty();
        Path file = Files.writeString(dir.resolve("case.json"), "{}");
        touch(file, "2026-01-01T10:00:00Z");
        Files.writeString(r.recoveryOf(file), "{}");
        assertThat(r.offersAtStart()).as("nothing names the file yet").isEmpty();
        r.remember(file);
        Files.createDirectories(r.recoveryOf(null).getParent());
        Files.writeString(r.recoveryOf(null), "{}");
        assertThat(r.offersAtStart()).extracting(InvestigationRecovery.Offer::investigation)
                .containsExactly(null, file.toAbsolutePath());
    }

    @Test
    void aDiscardedRecoveryIsSetAsideNotDeleted() throws Exception {
        InvestigationRecovery r = new InvestigationRecovery(dir);
        Path recovery = Files.writeString(r.recoveryOf(null), "work");
        r.discard(r.offerFor(null).orElseThrow());
        assertThat(recovery).doesNotExist();
        assertThat(dir.resolve("unsaved.investigation.json.discarded")).hasContent("work");
        assertThat(r.offersAtStart()).isEmpty();
    }
}
