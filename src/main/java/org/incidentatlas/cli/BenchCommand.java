package org.incidentatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.incidentatlas.eval.Benchmark;
import org.incidentatlas.eval.Evaluation;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.io.GeoWebNewsReader;
import org.incidentatlas.io.GoldCorpus;
import org.incidentatlas.io.GoldFormat;
import org.incidentatlas.io.GoldFormatException;
import org.incidentatlas.io.TrNewsReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: gazetteer load time and extraction throughput on one and on all cores. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures gazetteer load time, extraction throughput (MB/s, articles/s) and peak heap on a "
                + "corpus repeated to a target size, once per stage and thread count, each after a warm-up run.",
                "Default corpus: the GeoWebNews and TR-News texts under --benchmarks if present, else geodata/corpus."},
        footer = {"%nExamples:",
                "  bench",
                "  bench --repeat-to-mb 10 --threads 1",
                "  bench --corpus geodata/corpus --corpus ../shared/benchmarks/tr-news/TR-News.xml --json"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Article files or folders, or GeoWebNews/TR-News XML files (their texts are used). Repeatable.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--benchmarks", paramLabel = "DIR", defaultValue = "../shared/benchmarks",
            description = "Where the default corpus's benchmark files are (default: ${DEFAULT-VALUE}).")
    Path benchmarks;

    @Option(names = "--repeat-to-mb", paramLabel = "MB", defaultValue = "50",
            description = "Repeat the corpus until it holds this many MB of UTF-8 text (default: ${DEFAULT-VALUE}).")
    double repeatToMb;

    @Option(names = "--warmup-mb", paramLabel = "MB", defaultValue = "200",
            description = "Text read by the warm-up before each measurement, the corpus again and again if it is smaller; "
                    + "C2 keeps compiling for tens of MB (default: ${DEFAULT-VALUE}).")
    double warmupMb;

    @Option(names = "--threads", split = ",", paramLabel = "N|all", defaultValue = "1,all",
            description = "Thread counts to measure; 'all' is the number of available processors (default: ${DEFAULT-VALUE}).")
    List<String> threads;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE", defaultValue = "places,all",
            description = "What to measure: 'places' (gazetteer geoparser only, the place extraction) and/or 'all' "
                    + "(the standard pipeline: places, incidents, deployments, merging) (default: ${DEFAULT-VALUE}).")
    List<String> stages;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    @Option(names = "--pathological", description = "Instead: time the whole pipeline on pathological made-up texts "
            + "(run-on sentences, capitalised runs, huge tokens, RTL marks...) at each --scale of --base-kb.")
    boolean pathological;

    @Option(names = "--base-kb", defaultValue = "16", paramLabel = "KB",
            description = "With --pathological: size of the 1x texts (default: ${DEFAULT-VALUE}).")
    int baseKb;

    @Option(names = "--scale", split = ",", defaultValue = "1,4,16,64", paramLabel = "N",
            description = "With --pathological: the sizes, as multiples of --base-kb (default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pathological) {
            return PathologicalBench.run(Pipeline.standard(GazetteerLoader.loadDefault()).withThreads(1), baseKb * 1024,
                    scales, out);
        }
        List<Integer> counts = new ArrayList<>();
        for (String t : threads) {
            try {
                int n = t.equalsIgnoreCase("all") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(t.trim());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                if (!counts.contains(n)) {
                    counts.add(n);
                }
            } catch (NumberFormatException e) {
                err.println("error: --threads: '" + t + "' is neither a positive number nor 'all'");
                return 2;
            }
        }
        List<Benchmark.Stage> stageList = new ArrayList<>();
        for (String st : stages) {
            switch (st.trim().toLowerCase(Locale.ROOT)) {
                case "places" -> stageList.add(new Benchmark.Stage("places",
                        (g, clock) -> new Pipeline(clock.places(new GazetteerGeoparser(g)), EventExtractor.none())));
                // The parts of Pipeline.standard, each timed.
                case "all" -> stageList.add(new Benchmark.Stage("all", (g, clock) -> new Pipeline(
                        clock.places(new GazetteerGeoparser(g)), clock.events(new RuleEventExtractor()))));
                default -> {
                    err.println("error: --stages: '" + st + "' is neither 'places' nor 'all'");
                    return 2;
                }
            }
        }
        List<String> sources = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<Article> base;
        try {
            base = baseCorpus(sources, problems);
        } catch (GoldFormatException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        problems.forEach(p -> err.println(p));
        if (base.isEmpty()) {
            err.println("error: no articles to benchmark in " + String.join(", ", sources));
            return 2;
        }
        long target = (long) (repeatToMb * 1024 * 1024);
        long warm = (long) (warmupMb * 1024 * 1024);
        ProgressPhases phases = new ProgressPhases();
        Benchmark.Result r;
        try {
            r = Benchmark.run(base, new Benchmark.Config(target, counts, warm), GazetteerLoader::loadDefault,
                    stageList, phases);
        } catch (java.io.IOException e) {
            phases.finish();
            err.println("error: cannot load the gazetteer: " + e.getMessage());
            return 2;
        }
        phases.finish();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sources", sources);
            o.put("result", r);
            out.println(EvalJson.mapper().writeValueAsString(o));
        } else {
            print(out, r, sources);
        }
        out.flush();
        return 0;
    }

    private List<Article> baseCorpus(List<String> sources, List<LoadProblem> problems) throws GoldFormatException {
        List<Path> inputs = new ArrayList<>(corpus);
        if (inputs.isEmpty()) {
            for (Path p : List.of(benchmarks.resolve("geowebnews/GWN.xml"), benchmarks.resolve("tr-news/TR-News.xml"))) {
                if (Files.isRegularFile(p)) {
                    inputs.add(p);
                }
            }
            if (inputs.isEmpty()) {
                inputs.add(Path.of("geodata/corpus"));
            }
        }
        List<Article> out = new ArrayList<>();
        List<Path> plain = new ArrayList<>();
        for (Path p : inputs) {
            sources.add(p.toString());
            if (Files.isRegularFile(p) && p.toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                GoldCorpus g = GoldFormat.detect(p) == GoldFormat.TR_NEWS_XML ? new TrNewsReader().read(p)
                        : new GeoWebNewsReader().read(p);
                out.addAll(Evaluation.corpusOf(g).articles());
            } else {
                plain.add(p);
            }
        }
        if (!plain.isEmpty()) {
            Corpus c = new CorpusReader().read(plain);
            out.addAll(c.articles());
            problems.addAll(c.problems());
        }
        return out;
    }

    static void print(PrintWriter out, Benchmark.Result r, List<String> sources) {
        double mb = 1024.0 * 1024.0;
        out.printf(Locale.ROOT, "corpus: %d articles, %.2f MB from %s%n", r.baseArticles(), r.baseBytes() / mb,
                String.join(", ", sources));
        out.printf(Locale.ROOT, "repeated to %d articles, %.1f MB of UTF-8 text; %d available processors, max heap %.0f MB%n",
                r.corpusArticles(), r.corpusBytes() / mb, r.availableProcessors(), r.maxHeapBytes() / mb);
        out.printf(Locale.ROOT, "%s; system load average %.2f when the runs started%n", r.javaVersion(), r.loadAverage());
        out.printf(Locale.ROOT, "gazetteer: %d places loaded in %.2f s, retaining about %.0f MB of heap%n%n",
                r.gazetteer().places(), r.gazetteer().seconds(), r.gazetteer().retainedHeapBytes() / mb);
        out.println("stage   threads  articles      MB   seconds    MB/s  articles/s   CPU s  MB/CPU-s   mentions  peak heap MB  GCs  GC ms  JIT ms");
        for (Benchmark.Run run : r.runs()) {
            out.printf(Locale.ROOT, "%-6s  %7d  %8d  %6.1f  %8.2f  %6.2f  %10.0f  %6.1f  %8.2f  %9d  %12.0f  %3d  %5d  %6d%n",
                    run.stage(), run.threads(), run.articles(), run.bytes() / mb, run.seconds(), run.mbPerSecond(),
                    run.articlesPerSecond(), run.cpuSeconds(), run.mbPerCpuSecond(), run.mentions(),
                    run.peakHeapBytes() / mb, run.gcCount(), run.gcMillis(), run.jitMillis());
        }
        out.println();
        out.println("CPU seconds by stage (thread CPU time; MB per CPU-second in brackets)");
        out.println("stage   threads  workers            places             events             merge    write              JSON MB");
        for (Benchmark.Run run : r.runs()) {
            Benchmark.StageCpu c = run.stageCpu();
            double m = run.bytes() / mb;
            out.printf(Locale.ROOT, "%-6s  %7d  %s  %s  %s  %7.2f  %s  %8s%n", run.stage(), run.threads(),
                    cpu(c.workers(), m), cpu(c.places(), m), cpu(c.events(), m), c.merge(), cpu(c.write(), m),
                    c.jsonBytes() < 0 ? "-" : String.format(Locale.ROOT, "%.1f", c.jsonBytes() / mb));
        }
        out.println("\nplaces: gazetteer geoparser only; all: the standard pipeline (places, incidents, deployments, merging)");
        out.println("workers: CPU time of the run's threads (places + events + merge); merge: collecting and cross-article merging;");
        out.println("write: the run's extraction written as JSON (discarded) on one thread, once per stage");
        out.println("CPU s: CPU time of the whole JVM during the run; MB/CPU-s estimates one core's throughput on a shared machine");
        out.println("peak heap: largest used heap sampled every 20 ms during the measured run (corpus and results included)");
        out.println("JIT ms: the JIT compilers' time during the run; if it is a large part of CPU s, the run measured the");
        out.println("        compiler as well as the code: raise --warmup-mb");
    }

    /** "12.34 (5.67)": CPU seconds and MB per CPU-second, or dashes when not measured. */
    private static String cpu(double seconds, double mb) {
        return Double.isNaN(seconds) || seconds == 0 ? String.format(Locale.ROOT, "%17s", "-")
                : String.format(Locale.ROOT, "%7.2f (%7.2f)", seconds, mb / seconds);
    }

    /** One progress bar per benchmark phase on stderr. */
    private static final class ProgressPhases implements Benchmark.Listener {
        private ConsoleProgress current;

        @Override
        public ProgressListener phase(String name) {
            finish();
            current = ConsoleProgress.onTerminal(String.format(Locale.ROOT, "%-18s", name));
            return current;
        }

        void finish() {
            if (current != null) {
                current.finish();
            }
        }
    }
}
