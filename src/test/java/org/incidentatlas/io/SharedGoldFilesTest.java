package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The readers on the real files in {@code ../shared} (never copied into the repo). Skipped where they are absent.
 * The counts are those the files' READMEs give, minus spans the readers report as unalignable.
 */
class SharedGoldFilesTest {
    static Path shared(String rel) {
        for (Path base : List.of(Path.of("../shared"), Path.of("../../shared"), Path.of("/work/shared"))) {
            Path p = base.resolve(rel);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void seedsGoldHasItsFiveArticles() throws Exception {
        Path p = shared("gold/seeds.json");
        assumeTrue(p != null, "../shared/gold/seeds.json not present");
        SeedsGold g = new SeedsGoldReader().read(p);
        assertThat(g.articles()).hasSize(5);
        assertThat(g.about()).contains("tolerance_km");
        SeedsGold.ArticleGold a1 = g.articles().get("001_6b5f1f2b74979c68.txt");
        assertThat(a1.places()).anySatisfy(pl -> {
            assertThat(pl.surface()).isEqualTo("Albu Kamal");
            assertThat(pl.optional()).isFalse();
            assertThat(pl.toleranceKm()).isEqualTo(10);
        });
        assertThat(g.articles().get("003_3d193e7e678370b4.txt").notPlaces())
                .extracting(SeedsGold.NotPlaceGold::surface).contains("al-Mayadeen", "Sot al-Iraq");
        long required = g.articles().values().stream().flatMap(x -> x.places().stream()).filter(x -> !x.optional()).count();
        assertThat(required).isGreaterThan(40);
    }

    @Test
    void geoWebNewsHas2720ToponymsOfWhichTwoHaveUnusableOffsets() throws Exception {
        Path p = shared("benchmarks/geowebnews/GWN.xml");
        assumeTrue(p != null, "GWN.xml not present");
        GoldCorpus c = new GeoWebNewsReader().read(p);
        assertThat(c.documents()).hasSize(200);
        assertThat(c.toponymCount()).isEqualTo(2720 - 2);
        assertThat(c.documents().stream().flatMap(d -> d.toponyms().stream())
                .filter(t -> t.toponym() && t.hasCoordinates()).count()).isEqualTo(2601 - 2);
        assertThat(c.problems()).hasSize(5).allSatisfy(pr -> assertThat(pr.message()).contains("not found near offset -"));
        for (GoldDocument d : c.documents()) {
            for (ToponymGold t : d.toponyms()) {
                assertThat(t.span().of(d.text())).isEqualTo(t.surface());
            }
        }
    }

    @Test
    void trNewsHas1319ToponymsAllAligned() throws Exception {
        Path p = shared("benchmarks/tr-news/TR-News.xml");
        assumeTrue(p != null, "TR-News.xml not present");
        GoldCorpus c = new TrNewsReader().read(p);
        assertThat(c.documents()).hasSize(118);
        assertThat(c.problems()).isEmpty();
        assertThat(c.toponymCount()).isEqualTo(1319);
        assertThat(c.documents().stream().flatMap(d -> d.toponyms().stream()).filter(ToponymGold::hasCoordinates).count())
                .isEqualTo(1275);
        for (GoldDocument d : c.documents()) {
            for (ToponymGold t : d.toponyms()) {
                assertThat(t.span().of(d.text())).isEqualTo(t.surface());
            }
        }
    }
}
