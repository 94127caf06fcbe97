package org.incidentatlas.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentatlas.pipeline.ReviewQueue;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.Test;

class ReviewViewModelTest {
    @Test
    void listsTheUndatedUnpinnedIncidentTwiceWithItsSentence() {
        ReviewViewModel vm = new ReviewViewModel();
        vm.setExtraction(SyntheticExtraction.extraction());
        // the fixture's "Islamic State" was rejected as an organisation name, which the queue leaves alone
        // an incident missing from the map comes before a missing date
        assertThat(vm.rows()).extracting(r -> r.item().kind()).containsExactly(ReviewQueue.Kind.UNPINNED,
                ReviewQueue.Kind.UNRESOLVED_DATE);
        ReviewViewModel.Row undated = vm.rows().get(1);
        assertThat(undated.label()).startsWith("No date");
        assertThat(undated.article().id()).isEqualTo("002_clashes.txt");
        ReviewViewModel.Row unpinned = vm.rows().stream()
                .filter(r -> r.item().kind() == ReviewQueue.Kind.UNPINNED).findFirst().orElseThrow();
        assertThat(unpinned.incident().id()).isEqualTo("i6");
        assertThat(unpinned.label()).contains("\u201cUnknown gunmen attacked a checkpoint");
        assertThat(unpinned.label()).startsWith("Not on the map: ");
        assertThat(vm.titleProperty().get()).isEqualTo("Review (2 left)");
    }

    @Test
    void aRowMarkedDoneGoesLastAndCountsNoMoreUntilUndone() {
        ReviewViewModel vm = new ReviewViewModel();
        vm.setExtraction(SyntheticExtraction.extraction());
        ReviewViewModel.Row first = vm.rows().get(0);
        vm.toggleDone(first);
        assertThat(vm.titleProperty().get()).isEqualTo("Review (1 left)");
        assertThat(vm.rows().get(1).item()).isEqualTo(first.item());
        assertThat(vm.rows().get(1).done()).isTrue();
        // a re-extraction (after an edit) keeps what was done
        vm.setExtraction(SyntheticExtraction.extraction());
        assertThat(vm.titleProperty().get()).isEqualTo("Review (1 left)");
        vm.toggleDone(vm.rows().get(1));
        assertThat(vm.titleProperty().get()).isEqualTo("Review (2 left)");
        assertThat(vm.rows().get(0).item()).isEqualTo(first.item());
    }

    @Test
    void noExtractionNoRows() {
        ReviewViewModel vm = new ReviewViewModel();
        vm.setExtraction(null);
        assertThat(vm.rows()).isEmpty();
    }
}
