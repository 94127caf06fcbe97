package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.io.GeoJsonReader;
import org.incidentatlas.io.GeoJsonWriter;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Round trips and the review queue on what the real pipeline finds in the sample corpus. */
class SampleCorpusRoundTripTest {
    private static Extraction corpus;

    @BeforeAll
    static void extract() throws Exception {
        corpus = Pipeline.standard().run(List.of(Path.of("geodata", "corpus")), (done, total, what) -> { });
    }

    @Test
    void geoJsonOfTheSampleCorpusReimportsToTheSameIncidentsAndDeployments() throws Exception {
        assertThat(corpus.incidents()).isNotEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter().write(corpus, "everything", out);
        GeoJsonReader.Result back = new GeoJsonReader().read("corpus.geojson", new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.problems()).isEmpty();
        assertThat(back.incidents()).containsExactlyElementsOf(corpus.incidents());
        assertThat(back.deployments()).containsExactlyElementsOf(corpus.deployments());
    }

    @Test
    void searchingTheSampleCorpusMeetsTransliterationVariants() {
        IncidentFilter f = new IncidentFilter(corpus);
        int nujaba = f.select(FilterState.NONE.withText("Nujaba")).cardinality();
        assertThat(nujaba).isPositive();
        assertThat(f.select(FilterState.NONE.withText("Harakat Hezbollah al-Nujaba")).cardinality()).isPositive();
        // "Ayn al-Asad base" is how one article spells the base the gazetteer calls Ain al-Asad
        assertThat(f.select(FilterState.NONE.withText("Ain al-Asad")).cardinality())
                .isEqualTo(f.select(FilterState.NONE.withText("Ayn al-Asad")).cardinality())
                .isPositive();
    }

    @Test
    void everyReviewItemPointsIntoItsArticle() {
        List<ReviewQueue.Item> items = ReviewQueue.of(corpus);
        assertThat(items).isNotEmpty().allSatisfy(i -> {
            var article = corpus.article(i.evidence().articleId()).orElseThrow();
            assertThat(i.evidence().span().end()).isLessThanOrEqualTo(article.text().length());
        });
    }
}
