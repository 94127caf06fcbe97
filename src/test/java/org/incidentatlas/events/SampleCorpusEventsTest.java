package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.eval.EventScorer;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.io.SeedsGoldReader;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole standard pipeline (real text layer, gazetteer and geoparser) over the shipped sample corpus: the issue's
 * targets against the seeds gold when it is present, and every incident and deployment as a golden file
 * ({@code golden/events-corpus.json}; on mismatch {@code target/golden/events-corpus.actual.json} is written).
 */
class SampleCorpusEventsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/events-corpus.json");
    private static Extraction extraction;

    @BeforeAll
    static void run() throws Exception {
        extraction = Pipeline.standard().run(List.of(Path.of("geodata/corpus")), (done, total, id) -> { });
    }

    @Test
    void meetsTheSeedsTargets() throws Exception {
        Path seeds = SeedsFixture.seeds();
        org.junit.jupiter.api.Assumptions.assumeTrue(seeds != null, "../shared/gold/seeds.json not present");
        SeedsGold gold = new SeedsGoldReader().read(seeds);
        EventScorer.Score s = new EventScorer().score(gold, extraction);
        String report = String.join("\n", EventScorer.report(s));
        assertThat(s.incidentRecall()).as(report).isEqualTo(1.0);
        assertThat(s.deploymentRecall()).as(report).isEqualTo(1.0);
        assertThat(s.extrasPerArticle().values()).as(report).allMatch(n -> n <= 1);
    }

    @Test
    void noIncidentAtLondonOrFromBoilerplateAndTheUndatedMeetingStaysUndated() {
        for (Incident i : extraction.incidents()) {
            Place p = i.place() != null ? i.place() : i.area();
            assertThat(p == null ? "" : p.name()).doesNotContain("London");
            for (Evidence e : i.evidence()) {
                assertThat(extraction.article(e.articleId()).orElseThrow().sentences().get(e.sentence()).boilerplate()).isFalse();
            }
        }
        Incident meeting = extraction.incidents().stream().filter(i -> i.sources().contains("000_43d7526d24401e3b.txt"))
                .findFirst().orElseThrow();
        assertThat(meeting.date().isResolved()).isFalse();
        assertThat(meeting.date().text()).isEqualTo("yesterday");
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode actual = SeedsGoldenTest.toJson(om, extraction);
        Path out = Path.of("target", "golden", "events-corpus.actual.json"); // the build folder, never the sources
        Files.createDirectories(out.getParent());
        if (!Files.exists(GOLDEN)) {
            om.writeValue(out.toFile(), actual);
            throw new AssertionError("no golden file yet; wrote " + out + " to review and rename");
        }
        if (!om.readTree(GOLDEN.toFile()).equals(actual)) {
            om.writeValue(out.toFile(), actual);
            throw new AssertionError("extraction differs from " + GOLDEN + "; wrote " + out + " (diff the two)");
        }
        Files.deleteIfExists(out);
    }
}
