package org.incidentatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.ResultsComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code compare RESULTS [PATH...]}: do stored results (a Spark run's output) hold what extract finds in PATH? */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare results (the output folder of the Spark job, or a GeoParquet file) with what extract "
                + "finds in the same articles: incidents, resolved place mentions and deployments, record by record.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the results equal the extraction", "1:they differ, or nothing could be read"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS", description = "The job's output folder (or a .parquet file of incidents).")
    Path results;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "The articles the job read. Default: the sample corpus.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws Exception {
        Optional<Extraction> x = CorpusRun.extract(CorpusRun.orSampleCorpus(paths));
        if (x.isEmpty()) {
            return 1;
        }
        List<ResultsComparison.Table> tables;
        try (ResultsStore store = ResultsStore.open(results)) {
            tables = ResultsComparison.compare(x.get(), store.incidents(), store.mentions(), store.deployments());
        }
        tables.forEach(System.out::println);
        boolean equal = tables.stream().allMatch(ResultsComparison.Table::equal);
        System.out.println(equal ? "equal" : "DIFFERENT");
        return equal ? 0 : 1;
    }
}
