package org.incidentatlas.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.io.GeoWebNewsReader;
import org.incidentatlas.io.GoldDocument;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.ProgressListener;
import org.incidentatlas.pipeline.ResultsComparison;

/**
 * Not a unit test: the speed-up of {@link ExtractJob} from one to two local cores on the sample corpus plus the
 * 200 GeoWebNews texts, the check that its output equals the pipeline's, and the arithmetic for 1 TB (docs/scale.md).
 * The GeoWebNews texts are written as files to a folder outside the repository (argument 1, default a temp folder),
 * never copied into it. Run:
 * {@code java $(spark jvm options) -cp target/test-classes:target/classes:$(deps) org.incidentatlas.spark.SparkScaleBenchmark [DIR]}
 */
public final class SparkScaleBenchmark {
    private SparkScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path gwn = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("gwn-texts");
        writeGeoWebNews(Path.of("../shared/benchmarks/geowebnews/GWN.xml"), gwn);
        if (Boolean.getBoolean("writeOnly")) {
            System.out.println("GeoWebNews texts written to " + gwn);
            return;
        }
        List<String> inputs = List.of("geodata/corpus", gwn.toString());
        long bytes = 0;
        int files = 0;
        for (String in : inputs) {
            try (Stream<Path> s = Files.walk(Path.of(in))) {
                for (Path p : s.filter(p -> CorpusReader.isArticleFile(p)).toList()) {
                    bytes += Files.size(p);
                    files++;
                }
            }
        }
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "corpus: %d files, %.2f MB (sample corpus + GeoWebNews texts in %s)%n", files, mb, gwn);
        Path outRoot = Files.createTempDirectory("spark-bench");
        // warm-up: the gazetteer (once per JVM, as on an executor) and the JIT
        run(2, inputs, outRoot.resolve("warm"));
        double[] seconds = new double[3];
        int repeats = Integer.getInteger("repeats", 2);
        for (int cores = 1; cores <= 2; cores++) {
            double best = Double.MAX_VALUE;
            for (int r = 0; r < repeats; r++) {
                best = Math.min(best, run(cores, inputs, outRoot.resolve("local" + cores + "-" + r)).seconds());
            }
            seconds[cores] = best;
            System.out.printf(Locale.ROOT, "local[%d]: %.1f s (best of %d), %.3f MB/s%n", cores, best, repeats, mb / best);
        }
        System.out.printf(Locale.ROOT, "speed-up 1 -> 2 cores: %.2fx%n", seconds[1] / seconds[2]);
        double perCore = mb / seconds[1];
        double coreHours = 1e6 / perCore / 3600;
        System.out.printf(Locale.ROOT, "1 TB = 1,000,000 MB / %.3f MB/s per core = %.0f core-hours; on 400 cores %.1f h%n",
                perCore, coreHours, coreHours / 400);

        Extraction expected = ExecutorPipeline.get().run(new CorpusReader().read(List.of(Path.of("geodata/corpus"), gwn)),
                ProgressListener.NONE);
        try (ResultsStore store = ResultsStore.open(outRoot.resolve("local2-0"))) {
            ResultsComparison.compare(expected, store.incidents(), store.mentions(), store.deployments())
                    .forEach(System.out::println);
        }
    }

    private static ExtractJob.Summary run(int cores, List<String> inputs, Path out) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("bench")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            ExtractJob.Summary s = ExtractJob.run(spark, inputs, out.toString(), 0, false);
            System.out.println("  local[" + cores + "] " + s);
            return s;
        } finally {
            spark.stop();
        }
    }

    /** The benchmark's texts as .txt files in {@code dir} (outside the repository). */
    static void writeGeoWebNews(Path xml, Path dir) throws Exception {
        Files.createDirectories(dir);
        List<GoldDocument> docs = new ArrayList<>(new GeoWebNewsReader().read(xml).documents());
        for (int i = 0; i < docs.size(); i++) {
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "gwn-%03d.txt", i)), docs.get(i).text());
        }
    }
}
