package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Sentence;
import org.junit.jupiter.api.Test;

class ArticlePreparerTest {
    @Test
    void preparesAnArticleAsTheReaderWould() {
        Article a = ArticlePreparer.prepare("t.txt", "Rockets hit Baghdad\r\n\r\nSeveral rockets fell near the embassy "
                + "on Sunday, officials said. Nobody was hurt.\r\n\r\nFor a listing of our donors, please click here.",
                LocalDate.of(2020, 2, 16));
        assertThat(a.id()).isEqualTo("t.txt");
        assertThat(a.source()).isEqualTo("t.txt");
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 2, 16));
        assertThat(a.text()).doesNotContain("\r");
        assertThat(a.sentences()).extracting(s -> s.of(a.text())).containsExactly("Rockets hit Baghdad",
                "Several rockets fell near the embassy on Sunday, officials said.", "Nobody was hurt.",
                "For a listing of our donors, please click here.");
        assertThat(a.sentences()).extracting(Sentence::boilerplate).containsExactly(false, false, false, true);
        assertThat(a.title()).isNull();
        assertThat(a.sourceOffsets()).isNull();
    }
}
