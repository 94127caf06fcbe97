package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailingWriterLeavesThePreviousFileIntactAndNoTemporary() throws Exception {
        Path file = dir.resolve("case.json");
        AtomicFiles.write(file, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void oldTemporariesOfAKilledWriterAreTidiedAfterTheNextSaveButFreshOnesStay() throws Exception {
        Path file = dir.resolve("case.json");
        Path stale = Files.writeString(dir.resolve(".case.json.1a2b3c.tmp"), "torn");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(dir.resolve(".case.json.4d5e6f.tmp"), "another writer at work");
        Path unrelated = Files.writeString(dir.resolve(".other.json.1a2b3c.tmp"), "not ours");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minusSeconds(3600)));

        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
        assertThat(Files.readString(file)).isEqualTo("new");
    }
}
