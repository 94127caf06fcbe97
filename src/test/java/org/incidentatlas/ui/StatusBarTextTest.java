package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The status line counts load problems apart from reading notes, which are not problems. */
class StatusBarTextTest {
    @Test
    void readingNotesAreNotCountedAsProblems() {
        List<String> lines = List.of("error: a.txt: took longer than its time budget", "note: b.txt: title taken from the first line",
                "note: c.txt: title taken from the first line", "warning: d.txt: mixed encodings");
        assertThat(StatusBarView.problemCount(lines)).isEqualTo(2);
        assertThat(StatusBarView.problemsText(lines)).isEqualTo("2 load problems \u00b7 2 reading notes");
    }

    @Test
    void onlyNotesOrOnlyProblemsSayJustThat() {
        assertThat(StatusBarView.problemsText(List.of("note: b.txt: title taken from the first line")))
                .isEqualTo("1 reading note");
        assertThat(StatusBarView.problemsText(List.of("error: a.txt: empty file"))).isEqualTo("1 load problem");
    }
}
