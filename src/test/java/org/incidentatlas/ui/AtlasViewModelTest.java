package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.pipeline.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model without a stage: status line, problems per file, unpinned incidents. */
class AtlasViewModelTest {
    @Test
    void statusLineCountsIncidentsPlacesArticlesAndRejects() {
        assertThat(AtlasViewModel.statusLine(SyntheticExtraction.extraction()))
                .isEqualTo("7 incidents, 6 places, 2 articles; 1 rejected");
    }

    @Test
    void standardLoaderReadsTheGazetteerOnceAndHandsItOnForTheCityLabels(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Rockets hit Baghdad on 5 January 2020.");
        InMemoryGazetteer gazetteer = new InMemoryGazetteer().add(new Place("gn:98182", "Baghdad", PlaceKind.CITY,
                "PPLC", "IQ", "07", 33.34, 44.40, 7_216_000, 25), List.of());
        AtomicInteger reads = new AtomicInteger();
        AtlasViewModel.StandardLoader loader = new AtlasViewModel.StandardLoader(() -> {
            reads.incrementAndGet();
            return gazetteer;
        });
        CompletableFuture<Gazetteer> handedOn = loader.gazetteer().toCompletableFuture();
        assertThat(handedOn).isNotDone(); // nothing is read before the first load

        loader.apply(List.of(dir), ProgressListener.NONE);
        Extraction again = loader.apply(List.of(dir), ProgressListener.NONE);

        assertThat(reads).hasValue(1);
        assertThat(handedOn).isCompletedWithValue(gazetteer);
        assertThat(again.mentions()).anyMatch(m -> m.place() != null && m.place().id().equals("gn:98182"));
        assertThat(new AtlasViewModel(loader, Runnable::run).gazetteer().toCompletableFuture()).isDone();
        assertThat(new AtlasViewModel((p, l) -> null, Runnable::run).gazetteer().toCompletableFuture()).isNotDone();
    }

    @Test
    void showingAnExtractionListsProblemsAndUnpinnedIncidents() {
        AtlasViewModel vm = new AtlasViewModel((p, l) -> null, Runnable::run);
        vm.setExtraction(SyntheticExtraction.extraction());
        assertThat(vm.problems()).containsExactly("error: /fixture/broken.html: not UTF-8 at byte 12");
        assertThat(vm.unpinned()).extracting(i -> i.id()).containsExactly("i6");
        assertThat(vm.rejected()).extracting(m -> m.surface()).containsExactly("Islamic State");
    }
}
