package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's loader with the extraction cache: a reopened corpus shows what extracting it shows, a changed one is extracted. */
class CachedLaunchTest {
    private static Gazetteer shipped;

    @TempDir
    Path settings;
    @TempDir
    Path corpus;

    @BeforeAll
    static void gazetteer() throws Exception {
        shipped = GazetteerLoader.loadDefault();
    }

    private AtlasViewModel.StandardLoader loader(AtomicInteger reads) {
        return new AtlasViewModel.StandardLoader(() -> {
            reads.incrementAndGet();
            return shipped;
        }, false, new ExtractionCache(settings, "test engine"));
    }

    @Test
    void aReopenedCorpusShowsTheSameIncidentsWithoutExtractingAndAChangedArticleIsExtractedAgain() throws Exception {
        Files.writeString(corpus.resolve("one.txt"), "Car bomb kills five in Baghdad\n\nBAGHDAD, March 3, 2024 — A car bomb"
                + " exploded near a market in Baghdad on Sunday, killing five people, police said.\n");
        Files.writeString(corpus.resolve("two.txt"), "Talks in Geneva\n\nGENEVA, March 4, 2024 — Diplomats met in Geneva"
                + " on Monday to discuss trade.\n");
        AtomicInteger firstReads = new AtomicInteger();
        Extraction extracted = loader(firstReads).apply(List.of(corpus), ProgressListener.NONE);
        assertThat(firstReads).hasValue(1);
        assertThat(extracted.incidents()).isNotEmpty();
        // the entry is written beside the load (temporary file, then renamed): wait until it is there
        Path entry = new ExtractionCache(settings, "test engine").entry(List.of(corpus));
        for (int i = 0; i < 600 && !Files.exists(entry); i++) {
            Thread.sleep(50);
        }
        assertThat(entry).exists();

        // the gazetteer of the second launch is held back: only a cached result can arrive before it
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtlasViewModel.StandardLoader again = new AtlasViewModel.StandardLoader(() -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return shipped;
        }, false, new ExtractionCache(settings, "test engine"));
        Extraction cached = again.apply(List.of(corpus), ProgressListener.NONE);
        assertThat(again.gazetteer().toCompletableFuture()).isNotDone();
        release.countDown();
        assertThat(cached.incidents()).isEqualTo(extracted.incidents());
        assertThat(cached).isEqualTo(extracted);
        // the gazetteer is still read, after the results (city names, corrections), on its own thread
        assertThat(again.gazetteer().toCompletableFuture().get(60, TimeUnit.SECONDS)).isSameAs(shipped);

        Path one = corpus.resolve("one.txt");
        FileTime before = Files.getLastModifiedTime(one);
        Files.writeString(one, "Car bomb kills five in Mosul\n\nMOSUL, March 3, 2024 — A car bomb exploded near a"
                + " market in Mosul on Sunday, killing five people, police said.\n");
        Files.setLastModifiedTime(one, FileTime.fromMillis(before.toMillis() + 2000));
        AtomicInteger changedReads = new AtomicInteger();
        Extraction changed = loader(changedReads).apply(List.of(corpus), ProgressListener.NONE);
        assertThat(changedReads).hasValue(1);
        assertThat(changed).isNotEqualTo(extracted);
        assertThat(changed.articles()).anyMatch(a -> a.text().contains("Mosul"));
        assertThat(changed.articles()).noneMatch(a -> a.text().contains("Baghdad on Sunday"));
        // and the entry is replaced by the new extraction (waited for: the temporary folder is deleted after the test)
        for (int i = 0; i < 600 && !Files.readString(entry).contains("Mosul"); i++) {
            Thread.sleep(50);
        }
        assertThat(new ExtractionCache(settings, "test engine").find(List.of(corpus))).contains(changed);
    }
}
