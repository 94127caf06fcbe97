package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSampleManifest() throws Exception {
        ManifestReader.Manifest m = new ManifestReader().read(Path.of("geodata/corpus/manifest.json"));
        assertThat(m.entries()).hasSize(5);
        ManifestReader.Entry e = m.entry("004_fd42aa78df15322b.txt");
        assertThat(e.published()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(e.publisher()).isEqualTo("MEMRI Jihad and Terrorism Threat Monitor");
        assertThat(m.entry("000_43d7526d24401e3b.txt").publishedApprox()).isEqualTo("2017");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void badDateInOneEntryIsAWarningAndTheEntryStays() throws Exception {
        Path f = write("{\"documents\": [{\"file\": \"a.txt\", \"published\": \"14/02/2024\", \"title\": \"A\"},"
                + " {\"title\": \"no file\"}]}");
        ManifestReader.Manifest m = new ManifestReader().read(f);
        assertThat(m.entry("a.txt").title()).isEqualTo("A");
        assertThat(m.entry("a.txt").published()).isNull();
        assertThat(m.warnings()).hasSize(2);
        assertThat(m.warnings().get(0)).contains("a.txt").contains("14/02/2024").contains("not an ISO date");
        assertThat(m.warnings().get(1)).contains("documents[1]").contains("no \"file\"");
    }

    @Test
    void aPublicationMonthIsKeptAtMonthPrecision() throws Exception {
        Path f = write("{\"documents\": [{\"file\": \"a.txt\", \"published\": \"2024-02\"},"
                + " {\"file\": \"b.txt\", \"published\": \"2019\"}, {\"file\": \"c.txt\", \"published\": \"2024-13\"}]}");
        ManifestReader.Manifest m = new ManifestReader().read(f);
        assertThat(m.entry("a.txt").published()).isNull();
        assertThat(m.entry("a.txt").publishedApprox()).isEqualTo("2024-02");
        assertThat(m.entry("b.txt").publishedApprox()).isEqualTo("2019");
        assertThat(m.entry("c.txt").publishedApprox()).isNull();
        assertThat(m.warnings()).singleElement().asString().contains("c.txt").contains("2024-13");
    }

    @Test
    void unusableJsonIsRefusedWithItsPosition() throws Exception {
        assertThatThrownBy(() -> new ManifestReader().read(write("{\"documents\": [\n  {\"file\": }]}")))
                .isInstanceOf(ManifestReader.ManifestException.class).hasMessageContaining("malformed JSON at line 2");
        assertThatThrownBy(() -> new ManifestReader().read(write("{\"docs\": []}")))
                .hasMessageContaining("no \"documents\" array");
        assertThatThrownBy(() -> new ManifestReader().read(write("")))
                .isInstanceOf(ManifestReader.ManifestException.class);
    }

    private Path write(String json) throws Exception {
        Path f = dir.resolve("manifest.json");
        Files.writeString(f, json);
        return f;
    }
}
