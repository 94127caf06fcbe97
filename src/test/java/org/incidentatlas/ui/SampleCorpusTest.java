package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {
    @Test
    void theCorpusOnTheClassPathIsFoundWhateverTheWorkingFolder(@TempDir Path settings) {
        assertThat(SampleCorpus.locate(settings)).singleElement().satisfies(p -> {
            assertThat(p.resolve("manifest.json")).exists();
            assertThat(p.toString()).contains("geodata");
        });
    }

    @Test
    void unpackingCopiesEveryArticleTheManifestNames(@TempDir Path dir) throws Exception {
        Path corpus = SampleCorpus.unpack(dir.resolve("sample-corpus"));
        try (var files = Files.list(corpus)) {
            assertThat(files.filter(p -> !p.getFileName().toString().equals("manifest.json")).count())
                    .isEqualTo(5);
        }
    }
}
