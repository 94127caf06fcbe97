package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.incidentatlas.eval.DevGold;
import org.incidentatlas.eval.DevSetScorer;
import org.incidentatlas.eval.Evaluation;
import org.incidentatlas.eval.EventScorer;
import org.incidentatlas.eval.GeocodingScore;
import org.incidentatlas.eval.NotPlaceError;
import org.incidentatlas.eval.PlaceCheck;
import org.incidentatlas.eval.PredictionPolicy;
import org.incidentatlas.eval.RecognitionScore;
import org.incidentatlas.eval.SeedsScore;
import org.incidentatlas.eval.ToponymError;
import org.incidentatlas.eval.ToponymScore;
import org.incidentatlas.io.GeoWebNewsReader;
import org.incidentatlas.io.GoldCorpus;
import org.incidentatlas.io.GoldFormat;
import org.incidentatlas.io.GoldFormatException;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.io.SeedsGoldReader;
import org.incidentatlas.io.TrNewsReader;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --gold FILE}: runs the standard pipeline on a gold's texts and prints the scores. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the extraction against a gold file: the seeds JSON (places within tolerance, not-places), "
                + "a dev-set JSON (\"documents\": toponyms and incidents per field, as its score.py; "
                + "texts in corpus/ beside it), or the GeoWebNews / TR-News XML (recognition P/R/F1 exact and overlap, "
                + "Acc@161 km, AUC, mean/median error, strict end-to-end Acc@161).",
                "The format is detected from the file."},
        footer = {"%nExamples:",
                "  eval --gold ../shared/gold/seeds.json",
                "  eval --gold ../shared/dev/regional-news/gold.json   (dev-set format: texts in corpus/ beside it)",
                "  eval --gold ../shared/benchmarks/geowebnews/GWN.xml --json > gwn-score.json",
                "  eval --gold ../shared/benchmarks/tr-news/TR-News.xml --limit 20"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold file: seeds JSON, GeoWebNews GWN.xml or TR-News.xml.")
    Path gold;

    @Option(names = "--strict", description = "Dev-set gold: count associative/metonymic gold places too (score.py --strict).")
    boolean strict;

    @Option(names = "--json", description = "Print the scores as JSON instead of tables.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only the first N articles of the gold (0: all).")
    int limit;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "geodata/corpus",
            description = "Where the seeds gold's articles are (default: ${DEFAULT-VALUE}; "
                    + "falls back to the gold's ../corpus when absent).")
    Path corpus;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "10",
            description = "Benchmarks: list the N most often missed and spurious surfaces and the N farthest "
                    + "resolutions (default: ${DEFAULT-VALUE}; 0: none). The JSON always has every error.")
    int errors;

    @Option(names = "--exclude-types", split = ",", paramLabel = "TYPE",
            description = "Benchmarks: leave gold toponyms of these types out, for diagnosis "
                    + "(e.g. Embedded_Non_Lit,Embedded_Literal on GeoWebNews). Not comparable with published scores.")
    java.util.Set<String> excludeTypes = new java.util.LinkedHashSet<>();

    @Option(names = "--roles", split = ",", paramLabel = "ROLE",
            description = "Mention roles that count as predicted toponyms (default: LITERAL,METONYMIC,DEMONYM).")
    EnumSet<MentionRole> roles;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PredictionPolicy policy = roles == null || roles.isEmpty() ? PredictionPolicy.standard() : new PredictionPolicy(roles);
        try {
            GoldFormat format = GoldFormat.detect(gold);
            if (format == GoldFormat.SEEDS_JSON && DevGold.isDevGold(gold)) {
                return devSet(out);
            }
            if (format == GoldFormat.SEEDS_JSON) {
                SeedsGold seeds = new SeedsGoldReader().read(gold);
                Path dir = corpusDir();
                Pipeline pipeline = Pipeline.standard();
                ConsoleProgress progress = ConsoleProgress.onTerminal("eval");
                Evaluation.SeedsResult r = Evaluation.scoreSeeds(seeds, dir, limit, pipeline, policy, progress);
                progress.finish();
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("format", format);
                    o.put("gold", gold.toString());
                    o.put("corpus", dir.toString());
                    o.put("roles", policy.roles());
                    o.put("problems", r.problems().stream().map(LoadProblem::toString).toList());
                    o.put("score", r.score());
                    out.println(EvalJson.mapper().writeValueAsString(o));
                } else {
                    printSeeds(out, r, dir, policy);
                }
            } else {
                GoldCorpus bench = (format == GoldFormat.GEOWEBNEWS_XML ? new GeoWebNewsReader().read(gold)
                        : new TrNewsReader().read(gold)).limit(limit);
                Pipeline pipeline = Pipeline.standard();
                ConsoleProgress progress = ConsoleProgress.onTerminal("eval " + bench.name());
                Evaluation.BenchmarkResult r = Evaluation.scoreBenchmark(bench, pipeline, policy, excludeTypes, progress);
                progress.finish();
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("format", format);
                    o.put("gold", gold.toString());
                    o.put("roles", policy.roles());
                    o.put("excludedTypes", excludeTypes);
                    o.put("problems", bench.problems().stream().map(LoadProblem::toString).toList());
                    o.put("score", r.score());
                    out.println(EvalJson.mapper().writeValueAsString(o));
                } else {
                    if (!excludeTypes.isEmpty()) {
                        out.println("EXCLUDED gold types (diagnostic, not comparable with published scores): "
                                + String.join(", ", excludeTypes));
                    }
                    printBenchmark(out, r.score(), bench, policy, errors);
                }
            }
            out.flush();
            return 0;
        } catch (GoldFormatException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot load the gazetteer: " + e.getMessage());
            return 2;
        }
    }

    /** A dev-set gold ("documents" with places and incidents): texts from the corpus folder beside it. */
    private int devSet(PrintWriter out) throws IOException, GoldFormatException {
        DevGold g = DevGold.read(gold);
        Path sibling = gold.toAbsolutePath().getParent().resolve("corpus");
        Path dir = Files.isDirectory(sibling) ? sibling : corpus;
        ConsoleProgress progress = ConsoleProgress.onTerminal("eval");
        Evaluation.DevSetResult r = Evaluation.scoreDevSet(g, dir, strict, Pipeline.standard(), progress);
        progress.finish();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("format", "DEV_SET_JSON");
            o.put("gold", gold.toString());
            o.put("corpus", dir.toString());
            o.put("problems", r.problems().stream().map(LoadProblem::toString).toList());
            o.put("score", r.score());
            out.println(EvalJson.mapper().writeValueAsString(o));
        } else {
            r.problems().forEach(p -> out.println("problem: " + p));
            DevSetScorer.print(out, r.score(), errors > 0);
        }
        out.flush();
        return 0;
    }

    private Path corpusDir() {
        if (Files.isDirectory(corpus)) {
            return corpus;
        }
        Path sibling = gold.toAbsolutePath().getParent().resolveSibling("corpus");
        return Files.isDirectory(sibling) ? sibling : corpus;
    }

    static void printBenchmark(PrintWriter out, ToponymScore s, GoldCorpus bench, PredictionPolicy policy, int topN) {
        out.printf(Locale.ROOT, "%s (%s): %d documents, %d gold toponyms, %d with coordinates%n", s.benchmark(),
                bench.source(), s.documents(), s.goldToponyms(), s.goldWithCoordinates());
        out.printf(Locale.ROOT, "predictions: %d resolved mentions with role %s (%s)%n%n", s.predictions(),
                roleList(policy), s.predictionsByRole().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.println("recognition      P       R      F1      TP      FP      FN");
        recognitionRow(out, "exact", s.exact());
        recognitionRow(out, "overlap", s.overlap());
        GeocodingScore g = s.geocoding();
        out.printf(Locale.ROOT, "%ngeocoding over recognised toponyms with gold coordinates (n=%d)%n", g.count());
        out.println("  Acc@161     AUC   mean km  median km");
        out.printf(Locale.ROOT, "  %7s  %6s  %8s  %9s%n", f3(g.acc161()), f3(g.auc()), f0(g.meanKm()), f0(g.medianKm()));
        out.printf(Locale.ROOT, "%nstrict end-to-end Acc@161: %s (%d of %d gold toponyms with coordinates found "
                + "and resolved within 161 km)%n", f3(s.strictAcc161()), s.strictHits(), s.goldWithCoordinates());
        if (topN > 0) {
            printCommon(out, "most often missed", s.commonErrors(ToponymError.Kind.MISSED, topN));
            printCommon(out, "most often spurious", s.commonErrors(ToponymError.Kind.SPURIOUS, topN));
            List<ToponymError> far = s.farthest(topN);
            if (!far.isEmpty()) {
                out.printf(Locale.ROOT, "%nfarthest resolutions:%n");
                far.forEach(e -> out.printf(Locale.ROOT, "  %8.0f km  %-24s -> %s %s  (%s %d-%d)%n", e.errorKm(),
                        cut(e.surface(), 24), e.placeId(), e.placeName(), e.document(), e.start(), e.end()));
            }
        }
        printProblems(out, bench.problems());
    }

    private static void printCommon(PrintWriter out, String title, List<Map.Entry<String, Long>> common) {
        if (common.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n%s: %s%n", title, common.stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
    }

    private static void recognitionRow(PrintWriter out, String name, RecognitionScore r) {
        out.printf(Locale.ROOT, "%-10s  %6.3f  %6.3f  %6.3f  %6d  %6d  %6d%n", name, r.precision(), r.recall(), r.f1(),
                r.truePositives(), r.falsePositives(), r.falseNegatives());
    }

    static void printSeeds(PrintWriter out, Evaluation.SeedsResult r, Path dir, PredictionPolicy policy) {
        SeedsScore s = r.score();
        out.printf(Locale.ROOT, "seeds gold %s over %s (predictions: resolved mentions with role %s)%n", s.gold(), dir,
                roleList(policy));
        for (SeedsScore.ArticlePlaces a : s.places().articles()) {
            out.printf(Locale.ROOT, "%n%s  required %d/%d ok, optional found %d, not-place errors %d  %s%n", a.file(),
                    a.requiredOk(), a.required(), a.optionalFound(), a.notPlaceErrors().size(),
                    a.passed() ? "PASS" : a.articleFound() ? "FAIL" : "FAIL (article not in corpus)");
            out.println("  status        gold surface             found as                 resolved to"
                    + "                                 error km  tol km");
            for (PlaceCheck c : a.places()) {
                String status = c.status().name() + (c.gold().optional() ? "?" : "");
                String found = c.foundSurface() == null ? "-" : c.foundSurface() + (c.role() == null ? "" : " " + c.role());
                String place = c.placeId() == null ? (c.rule() == null ? "-" : "(" + c.rule() + ")")
                        : c.placeId() + " " + c.placeName();
                out.printf(Locale.ROOT, "  %-12s  %-23s  %-23s  %-42s  %8s  %6.0f%n", status, cut(c.gold().surface(), 23),
                        cut(found, 23), cut(place, 42), c.errorKm() == null ? "-" : f0(c.errorKm()), c.gold().toleranceKm());
            }
            for (NotPlaceError e : a.notPlaceErrors()) {
                out.printf(Locale.ROOT, "  NOT-PLACE     %-23s  %-23s  %s %s (rule %s) at %d-%d%n", cut(e.gold().surface(), 23),
                        cut(e.surface() + " " + e.role(), 23), e.placeId(), e.placeName(), e.rule(), e.start(), e.end());
            }
        }
        SeedsScore.PlacesScore p = s.places();
        out.printf(Locale.ROOT, "%nrequired places: %d/%d ok; optional places found: %d; not-place errors: %d%s%n",
                p.requiredOk(), p.required(), p.optionalFound(), p.notPlaceErrors(),
                p.missingArticles() > 0 ? "; articles missing from the corpus: " + p.missingArticles() : "");
        if (!s.notScored().isEmpty()) {
            out.println("not scored yet: " + String.join(", ", s.notScored()));
        }
        out.println("places: " + (p.passed() ? "PASS" : "FAIL") + "   (status? = optional place, never a failure)");
        if (s.events() != null) {
            out.println();
            EventScorer.report(s.events()).forEach(out::println);
            out.println("incidents and deployments: " + (s.events().passed() ? "PASS" : "FAIL") + "   (extras are listed, never a failure)");
        }
        printProblems(out, r.problems());
    }

    private static void printProblems(PrintWriter out, List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n%d problem(s) reading the gold or corpus:%n", problems.size());
        problems.forEach(p -> out.println("  " + p));
    }

    private static String roleList(PredictionPolicy policy) {
        return policy.roles().stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String f0(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }
}
