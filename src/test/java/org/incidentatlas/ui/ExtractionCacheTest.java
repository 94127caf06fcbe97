package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.LoadProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionCacheTest {
    @TempDir
    Path settings;
    @TempDir
    Path corpus;
    private Extraction x;
    private List<Path> inputs;

    @BeforeEach
    void corpus() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Made-up news. A blast hit the market of a made-up town.");
        Files.writeString(corpus.resolve("b.txt"), "Another made-up article.");
        Extraction s = SyntheticExtraction.extraction();
        x = new Extraction(s.articles(), s.mentions(), s.incidents(), s.deployments(), List.of()); // no load error
        inputs = List.of(corpus);
    }

    @Test
    void aKeptExtractionComesBackEqualForTheSameInputs() {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        assertThat(cache.find(inputs)).isEmpty();
        cache.keep(inputs, x);
        assertThat(cache.find(inputs)).contains(x);
        assertThat(new ExtractionCache(settings, "engine 1").find(inputs)).contains(x); // read again, next launch
    }

    @Test
    void aChangedArticleIsAMiss() throws Exception {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, x);
        Path a = corpus.resolve("a.txt");
        FileTime before = Files.getLastModifiedTime(a);
        Files.writeString(a, "Made-up news. A blast hit the market of another made-up town.");
        Files.setLastModifiedTime(a, FileTime.fromMillis(before.toMillis() + 2000));
        assertThat(cache.find(inputs)).isEmpty();
    }

    @Test
    void aNewArticleIsAMiss() throws Exception {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, x);
        Files.writeString(corpus.resolve("c.txt"), "A third made-up article.");
        assertThat(cache.find(inputs)).isEmpty();
    }

    @Test
    void aChangedUserLexiconIsAMiss() throws Exception {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, x);
        assertThat(cache.find(inputs)).isPresent();
        Files.writeString(settings.resolve("places.tsv"), "name\tlat\tlon\nMadeup Town\t33.1\t44.2\n");
        assertThat(cache.find(inputs)).isEmpty();
    }

    @Test
    void theGraphicsNoteIsNotALexicon() throws Exception {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, x);
        // written by the app on a launch (PrismChoice), not by the analyst: the kept extraction still holds
        Files.writeString(PrismChoice.note(settings, ":7"), "sw\n");
        assertThat(cache.find(inputs)).contains(x);
        Files.writeString(settings.resolve("prism-notes.txt"), "an analyst's own list");
        assertThat(cache.find(inputs)).isEmpty();
    }

    @Test
    void theExitWaitsForAWriteInProgress() throws Exception {
        assertThat(ExtractionCache.awaitWrites(0)).isTrue(); // none in progress
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        ExtractionCache.begin();
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.set(true);
            ExtractionCache.end();
        });
        writer.start();
        assertThat(ExtractionCache.awaitWrites(20_000)).isTrue();
        assertThat(written).isTrue(); // returned only once the write had ended
        writer.join();
        ExtractionCache.begin(); // one that never ends: the wait gives up
        try {
            assertThat(ExtractionCache.awaitWrites(50)).isFalse();
        } finally {
            ExtractionCache.end();
        }
    }

    @Test
    void anotherEngineIsAMiss() {
        new ExtractionCache(settings, "engine 1").keep(inputs, x);
        assertThat(new ExtractionCache(settings, "engine 2").find(inputs)).isEmpty();
    }

    @Test
    void aChangedOptionIsAMiss() {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, x);
        String name = "incidentatlas.test-option";
        try {
            System.setProperty(name, "on");
            assertThat(cache.find(inputs)).isEmpty();
        } finally {
            System.clearProperty(name);
        }
        assertThat(cache.find(inputs)).isPresent();
    }

    @Test
    void aDamagedEntryIsIgnoredAndDeleted() throws Exception {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, x);
        Path entry = cache.entry(inputs);
        String text = Files.readString(entry);
        Files.writeString(entry, text.substring(0, text.length() / 2));
        assertThat(cache.find(inputs)).isEmpty();
        assertThat(entry).doesNotExist();
        cache.keep(inputs, x);
        assertThat(cache.find(inputs)).contains(x);
    }

    @Test
    void extractionsWithLoadErrorsAreNotKept() {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        cache.keep(inputs, new Extraction(x.articles(), x.mentions(), x.incidents(), x.deployments(),
                List.of(new LoadProblem("a.txt", LoadProblem.Severity.ERROR, "unreadable"))));
        assertThat(cache.find(inputs)).isEmpty();
    }

    @Test
    void onlyTheNewestFewCorporaAreKept() throws Exception {
        ExtractionCache cache = new ExtractionCache(settings, "engine 1");
        for (int i = 0; i < ExtractionCache.KEEP + 2; i++) {
            Path dir = Files.createDirectories(corpus.resolve("c" + i));
            Files.writeString(dir.resolve("a.txt"), "Made-up article " + i);
            cache.keep(List.of(dir), x);
            Files.setLastModifiedTime(cache.entry(List.of(dir)), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        try (var files = Files.list(settings.resolve(ExtractionCache.FOLDER))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json"))).hasSize(ExtractionCache.KEEP);
        }
        assertThat(cache.find(List.of(corpus.resolve("c" + (ExtractionCache.KEEP + 1))))).isPresent();
    }
}
