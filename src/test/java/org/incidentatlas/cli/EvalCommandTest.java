package org.incidentatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code eval} through the real command line, on synthetic fixtures. */
class EvalCommandTest {
    private final CommandRun command = new CommandRun();
    private final java.io.StringWriter out = command.out;
    private final java.io.StringWriter err = command.err;

    private int run(String... args) {
        return command.run(args);
    }

    private static String fixture(String name) throws Exception {
        return CommandRun.fixture(name);
    }

    @Test
    void seedsGoldPrintsAPerArticleTable() throws Exception {
        int rc = run("eval", "--gold", fixture("seeds-sample.json"), "--corpus", fixture("corpus"));
        assertThat(rc).isZero();
        assertThat(out.toString()).contains("a.txt  required").contains("Deir Ezzor province")
                .contains("MISSING?").contains("required places: ").contains("incidents: recall").contains("deployments: recall");
    }

    @Test
    void benchmarkJsonIsValidAndHasTheMetrics() throws Exception {
        int rc = run("eval", "--gold", fixture("trnews-sample.xml"), "--json");
        assertThat(rc).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.path("format").asText()).isEqualTo("TR_NEWS_XML");
        assertThat(j.path("score").path("goldToponyms").asInt()).isEqualTo(4);
        assertThat(j.path("score").path("goldWithCoordinates").asInt()).isEqualTo(3);
        assertThat(j.path("score").path("exact").has("f1")).isTrue();
        assertThat(j.path("score").path("geocoding").has("auc")).isTrue();
        assertThat(j.path("score").has("strictAcc161")).isTrue();
    }

    @Test
    void benchmarkTableNamesTheMetrics() throws Exception {
        int rc = run("eval", "--gold", fixture("gwn-sample.xml"), "--limit", "1");
        assertThat(rc).isZero();
        assertThat(out.toString()).contains("GeoWebNews").contains("1 documents, 4 gold toponyms")
                .contains("exact").contains("overlap").contains("Acc@161").contains("AUC")
                .contains("strict end-to-end Acc@161");
    }

    @Test
    void badGoldFileGivesAMessageNamingItAndANonZeroExit() throws Exception {
        int rc = run("eval", "--gold", fixture("seeds-bad.json"));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("seeds-bad.json").contains("tolerance_km");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingGoldFileIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) {
        int rc = run("eval", "--gold", dir.resolve("none.json").toString());
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("none.json").contains("cannot read");
    }
}
