package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same article saved under two names is one source: its incidents are counted once, and the copy is noted. */
class ArticleCopiesPipelineTest {
    private static final String TEXT = "Gunmen attacked a checkpoint in Baghdad on March 3, 2021, killing two soldiers.\n"
            + "A roadside bomb exploded near a market in Mosul on March 4, 2021, killing a farmer.\n";

    @TempDir
    Path dir;

    @Test
    void anIdenticalCopyUnderAnotherNameAddsNoIncidentsAndIsNoted() throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        // the same text, wrapped differently
        Files.writeString(dir.resolve("b-copy.txt"), TEXT.replace(" killing two", "\nkilling two"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c-other.txt"), TEXT.replace("Mosul", "Kirkuk"), StandardCharsets.UTF_8);
        Pipeline p = new Pipeline(new GazetteerGeoparser(GazetteerLoader.loadDefault()), new RuleEventExtractor());

        Extraction x = p.run(List.of(dir), ProgressListener.NONE);

        assertThat(x.articles()).extracting(a -> a.id()).containsExactly("a.txt", "b-copy.txt", "c-other.txt");
        assertThat(x.incidents()).flatExtracting(Incident::sources).doesNotContain("b-copy.txt").contains("a.txt", "c-other.txt");
        // the Baghdad attack of a.txt and c-other.txt is one incident with two sources; the copy adds no third
        assertThat(x.incidents()).filteredOn(i -> i.place() != null && i.place().name().equals("Baghdad"))
                .singleElement().satisfies(i -> assertThat(i.sources()).containsExactly("a.txt", "c-other.txt"));
        assertThat(x.problems()).filteredOn(q -> q.severity() == LoadProblem.Severity.NOTE && q.file().equals("b-copy.txt"))
                .singleElement().satisfies(q -> assertThat(q.message()).contains("identical copy of a.txt"));
    }
}
