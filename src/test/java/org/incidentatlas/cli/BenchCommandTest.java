package org.incidentatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = AtlasCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String fixture(String name) throws Exception {
        return Paths.get(BenchCommandTest.class.getResource("/eval/" + name).toURI()).toString();
    }

    @Test
    void printsOneRowPerThreadCountOverTheNamedCorpus() throws Exception {
        int rc = run("bench", "--corpus", fixture("corpus"), "--corpus", fixture("trnews-sample.xml"),
                "--repeat-to-mb", "0.01", "--warmup-mb", "0", "--threads", "1,2");
        assertThat(rc).isZero();
        assertThat(out.toString()).contains("corpus: 3 articles").contains("gazetteer: ").contains("MB/s")
                .containsPattern("(?m)^places\\s+1\\s+\\d+").containsPattern("(?m)^places\\s+2\\s+\\d+")
                .containsPattern("(?m)^all\\s+1\\s+\\d+").containsPattern("(?m)^all\\s+2\\s+\\d+");
    }

    @Test
    void unknownStageIsExplained() throws Exception {
        int rc = run("bench", "--corpus", fixture("corpus"), "--stages", "places,everything");
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("--stages").contains("everything");
    }

    @Test
    void badThreadCountIsExplained() throws Exception {
        int rc = run("bench", "--corpus", fixture("corpus"), "--threads", "1,many");
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString()).contains("--threads").contains("many");
    }
}
