package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incidentatlas.io.BenchmarkReadersTest.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedsGoldReaderTest {
    @Test
    void readsPlacesNotPlacesIncidentsAndDeployments() throws Exception {
        SeedsGold g = new SeedsGoldReader().read(fixture("seeds-sample.json"));
        assertThat(g.about()).startsWith("Synthetic");
        assertThat(g.articles().keySet()).containsExactly("a.txt", "b.txt");
        SeedsGold.ArticleGold a = g.articles().get("a.txt");
        assertThat(a.places()).extracting(SeedsGold.PlaceGold::surface)
                .containsExactly("Baghdad", "Deir Ezzor province", "Tehran");
        assertThat(a.places()).extracting(SeedsGold.PlaceGold::optional).containsExactly(false, false, true);
        assertThat(a.places().get(1).toleranceKm()).isEqualTo(150);
        assertThat(a.notPlaces()).extracting(SeedsGold.NotPlaceGold::surface).containsExactly("Fars");
        assertThat(a.incidents()).singleElement().satisfies(i -> {
            assertThat(i.date()).isEqualTo("2020-02-16");
            assertThat(i.dateToleranceDays()).isEqualTo(1);
            assertThat(i.fatalities()).isZero();
            assertThat(i.actors()).containsExactly("unknown");
        });
        assertThat(a.deployments()).extracting(SeedsGold.DeploymentGold::actor).containsExactly("Harakat al-Nujaba");
        assertThat(g.articles().get("b.txt").places().get(0).uncertain()).isTrue();
    }

    @Test
    void missingToleranceNamesTheFileArticleAndEntry() throws Exception {
        Path bad = fixture("seeds-bad.json");
        assertThatThrownBy(() -> new SeedsGoldReader().read(bad)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("seeds-bad.json")
                .hasMessageContaining("articles.a.txt.places[1]")
                .hasMessageContaining("tolerance_km");
    }

    @Test
    void malformedJsonNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("gold.json"), "{\"articles\": {\"a.txt\": [}");
        assertThatThrownBy(() -> new SeedsGoldReader().read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("gold.json").hasMessageContaining("malformed JSON");
    }

    @Test
    void latitudeOutOfRangeIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("gold.json"), """
                {"articles": {"a.txt": {"places": [{"surface": "X", "lat": 95, "lon": 0, "tolerance_km": 5}]}}}""");
        assertThatThrownBy(() -> new SeedsGoldReader().read(f)).hasMessageContaining("gold.json")
                .hasMessageContaining("places[0]").hasMessageContaining("out of range");
    }
}
