package org.incidentatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
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
    void printsOneRowPerThreadCountOverTheNamedCorpus() throws Exception {
        int rc = run("bench", "--corpus", fixture("corpus"), "--corpus", fixture("trnews-sample.xml"),
                "--repeat-to-mb", "0.01", "--warmup-mb", "0", "--threads", "1,2");
        assertThat(rc).isZero();
        assertThat(out.toString()).contains("corpus: 3 articles").contains("gazetteer: ").contains("MB/s").contains("JIT ms")
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
