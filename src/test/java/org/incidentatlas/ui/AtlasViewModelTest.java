package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The view model without a stage: status line, problems per file, unpinned incidents. */
class AtlasViewModelTest {
    @Test
    void statusLineCountsIncidentsPlacesArticlesAndRejects() {
        assertThat(AtlasViewModel.statusLine(SyntheticExtraction.extraction()))
                .isEqualTo("7 incidents, 6 places, 2 articles; 1 rejected");
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
