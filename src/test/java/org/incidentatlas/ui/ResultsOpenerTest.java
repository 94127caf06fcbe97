package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.nio.file.Path;
import org.incidentatlas.io.ExportSamples;
import org.incidentatlas.io.GeoPackageWriter;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.ProgressListener;
import org.junit.jupiter.api.io.TempDir;
import org.incidentatlas.model.Article;
import org.junit.jupiter.api.Test;

/** An article out of reach is shown as its quoted sentences, each where it stood. */
class ResultsOpenerTest {
    @Test
    void anUnreachableArticleKeepsItsQuotesAtTheirOffsets() {
        String first = "Gunmen attacked a checkpoint near the river.";
        String third = "Two soldiers were wounded in the town.";
        List<ResultsStore.Quote> quotes = List.of(
                new ResultsStore.Quote("x.txt", 2, 120, 126, third, 110, "/gone/x.txt"),
                new ResultsStore.Quote("x.txt", 0, 0, 6, first, 0, "/gone/x.txt"));

        Article a = ResultsOpener.quotesOnly("x.txt", "/gone/x.txt", quotes);

        assertThat(a.sentences()).hasSize(3);
        assertThat(a.sentences().get(0).of(a.text())).isEqualTo(first);
        assertThat(a.sentences().get(2).of(a.text())).isEqualTo(third);
        assertThat(a.text().substring(120, 126)).isEqualTo(third.substring(10, 16));
        assertThat(a.sentenceAt(115)).isEqualTo(2);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("not found"));
    }

    @TempDir
    Path tmp;

    @Test
    void aGeoPackageExportOpensAsTheExtractionItWasWithQuotesForTheReader() throws Exception {
        Extraction x = ExportSamples.extraction();
        Path file = tmp.resolve("export.gpkg");
        new GeoPackageWriter().write(x, "everything", file);
        assertThat(ResultsOpener.isResults(List.of(file))).isTrue();

        Extraction opened = ResultsOpener.read(file, ProgressListener.NONE);

        assertThat(opened.incidents()).containsExactlyElementsOf(x.incidents());
        assertThat(opened.deployments()).containsExactlyElementsOf(x.deployments());
        Article a = opened.article("a.txt").orElseThrow(); // its file (corpus/a.txt) is out of reach: the quotes alone
        assertThat(a.sentences().get(1).of(a.text())).isEqualTo(ExportSamples.TEXT_A.substring(58));
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("not found"));
    }
}
