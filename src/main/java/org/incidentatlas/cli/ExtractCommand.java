package org.incidentatlas.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.io.AtomicFiles;
import org.incidentatlas.io.ExtractionJsonWriter;
import org.incidentatlas.io.GeoJsonWriter;
import org.incidentatlas.io.WriteFailures;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract [PATH...] --out FILE [--format json|geojson] [--text] [--explain]}: places, incidents and deployments to
 * a file. JSON and GeoJSON are streamed: each article goes to the file (or a spill file beside it) as it finishes,
 * so memory stays flat however large the corpus.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Find places, incidents and deployments in articles and write them as JSON or GeoJSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input loaded", "1:nothing could be loaded or written",
                "2:bad command line (unknown option or format)",
                "3:partial success: some inputs had errors (listed on stderr), the rest was extracted"})
public final class ExtractCommand implements Callable<Integer> {
    public enum Format { json, geojson }

    @Parameters(paramLabel = "PATH", description = "Article files or folders (.txt, .md, .html) with an optional "
            + "manifest.json. Default: the sample corpus.")
    List<Path> paths = List.of();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file ('-' for stdout).")
    Path out;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or geojson.")
    Format format;

    @Option(names = "--explain", description = "JSON: also write the rejected mentions with their reasons, the "
            + "candidate places of every mention with their scores, and the article texts (several times larger).")
    boolean explain;

    @Option(names = "--article-budget", paramLabel = "SECONDS", description = "Time one article may take before "
            + "it is stopped and reported (default ${DEFAULT-VALUE} s, plus 30 s per million characters); raise it on "
            + "a heavily loaded machine, where the first articles also pay for warming up.", defaultValue = "10")
    double articleBudget;

    @Option(names = "--text", description = "JSON: also write each article's text once (evidence spans point into "
            + "it), for readers that quote the evidence.")
    boolean text;

    @Override
    public Integer call() throws IOException {
        List<Path> inputs = CorpusRun.orSampleCorpus(paths);
        return run(inputs, format == Format.geojson ? ExtractCommand::geojson : this::json);
    }

    /**
     * One streamed output: opened on the output (spilling beside it), given each article as it finishes, finished
     * with what needs every article.
     */
    private interface StreamedOutput extends AutoCloseable {
        void accept(Article a, List<PlaceMention> ms, List<Incident> incidents, List<Deployment> deployments)
                throws IOException;

        void finish(Pipeline.Summary s, List<LoadProblem> notes) throws IOException;

        @Override
        void close() throws IOException;
    }

    private interface OutputFormat {
        StreamedOutput open(OutputStream os, Path spillDir) throws IOException;
    }

    /** The extraction JSON: mentions as they come, articles spilled, merged incidents and problems at the end. */
    private StreamedOutput json(OutputStream os, Path spillDir) throws IOException {
        ExtractionJsonWriter.Stream w = new ExtractionJsonWriter(explain, text).open(os, spillDir);
        return new StreamedOutput() {
            @Override
            public void accept(Article a, List<PlaceMention> ms, List<Incident> incidents, List<Deployment> deployments)
                    throws IOException {
                w.accept(a, ms);
            }

            @Override
            public void finish(Pipeline.Summary s, List<LoadProblem> notes) throws IOException {
                List<LoadProblem> all = new ArrayList<>(s.problems());
                all.addAll(notes);
                w.finish(s.incidents(), s.deployments(), all);
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    /** GeoJSON: mention features spilled beside the output, incidents (merged) written at the end. */
    private static StreamedOutput geojson(OutputStream os, Path spillDir) throws IOException {
        GeoJsonWriter.Stream w = new GeoJsonWriter().open(os, spillDir, "everything");
        return new StreamedOutput() {
            @Override
            public void accept(Article a, List<PlaceMention> ms, List<Incident> incidents, List<Deployment> deployments)
                    throws IOException {
                w.accept(a, ms, incidents, deployments);
            }

            @Override
            public void finish(Pipeline.Summary s, List<LoadProblem> notes) throws IOException {
                w.finish(s.incidents(), s.deployments());
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    /** Runs the pipeline once over the inputs, streaming each article into {@code format} (temp file + rename). */
    private Integer run(List<Path> inputs, OutputFormat format) throws IOException {
        Pipeline pipeline = pipeline();
        ConsoleProgress progress = ConsoleProgress.onTerminal("extract");
        long[] counts = new long[2];
        List<LoadProblem> notes = new ArrayList<>();
        Pipeline.Summary[] summary = new Pipeline.Summary[1];
        AtomicFiles.StreamBody body = os -> {
            Path spillDir = isStdout() ? null : out.toAbsolutePath().getParent();
            try (StreamedOutput w = format.open(os, spillDir)) {
                summary[0] = pipeline.stream(inputs, progress, new Pipeline.ArticleSink() {
                    @Override
                    public void accept(Article a, List<PlaceMention> ms) {
                        throw new IllegalStateException("the pipeline passes incidents with each article");
                    }

                    @Override
                    public void accept(Article a, List<PlaceMention> ms, List<Incident> incidents,
                            List<Deployment> deployments) throws IOException {
                        w.accept(a, ms, incidents, deployments);
                        // plain loops: a stream and a lambda per article cost more than the counting under C1
                        for (String n : a.warnings()) {
                            notes.add(new LoadProblem(a.id(), LoadProblem.Severity.NOTE, n));
                        }
                        counts[0] += ms.size();
                        for (PlaceMention m : ms) {
                            if (m.isResolved()) {
                                counts[1]++;
                            }
                        }
                    }
                });
                w.finish(summary[0], notes);
            }
        };
        try {
            if (isStdout()) {
                body.write(keepOpen(System.out));
                System.out.flush();
            } else {
                AtomicFiles.write(out, body);
            }
        } catch (IOException e) {
            progress.finish();
            System.err.println("error: " + WriteFailures.describe(out, e));
            return 1;
        }
        progress.finish();
        Pipeline.Summary s = summary[0];
        CorpusRun.report(s.problems(), notes);
        if (s.articles() == 0) {
            System.err.println("error: no article could be loaded from " + CorpusRun.printable(inputs.toString()));
            return 1;
        }
        System.err.printf("%d articles, %d place mentions (%d resolved, %d rejected), %d incidents, %d deployments -> %s%n",
                s.articles(), counts[0], counts[1], counts[0] - counts[1], s.incidents().size(), s.deployments().size(),
                isStdout() ? "stdout" : CorpusRun.printable(out.toString()));
        return s.hasErrors() ? CorpusRun.PARTIAL : 0;
    }

    private Pipeline pipeline() throws IOException {
        Pipeline p = Pipeline.standard(GazetteerLoader.loadDefault());
        if (articleBudget != 10) {
            p = p.withBudget(new Pipeline.ArticleBudget(Math.max(1, Math.round(articleBudget * 1000)),
                    Pipeline.ArticleBudget.DEFAULT.millisPerMillionChars()));
        }
        return p;
    }

    private boolean isStdout() {
        return "-".equals(out.toString());
    }

    /** Writers close their stream when done; stdout must stay open. */
    static OutputStream keepOpen(OutputStream os) {
        return new FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
