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
        assertThat(vm.rows()).extracting(r -> r.item().kind()).containsExactly(ReviewQueue.Kind.UNRESOLVED_DATE,
                ReviewQueue.Kind.UNPINNED);
        ReviewViewModel.Row undated = vm.rows().get(0);
        assertThat(undated.label()).startsWith("unresolved date: no date");
        assertThat(undated.article().id()).isEqualTo("002_clashes.txt");
        ReviewViewModel.Row unpinned = vm.rows().stream()
                .filter(r -> r.item().kind() == ReviewQueue.Kind.UNPINNED).findFirst().orElseThrow();
        assertThat(unpinned.incident().id()).isEqualTo("i6");
        assertThat(unpinned.label()).contains("\u201cUnknown gunmen attacked a checkpoint");
        assertThat(vm.titleProperty().get()).isEqualTo("Review (" + vm.rows().size() + ")");
    }

    @Test
    void noExtractionNoRows() {
        ReviewViewModel vm = new ReviewViewModel();
        vm.setExtraction(null);
        assertThat(vm.rows()).isEmpty();
    }
}
