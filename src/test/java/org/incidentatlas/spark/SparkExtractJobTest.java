package org.incidentatlas.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.incidentatlas.events.IncidentMerger;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.io.ModelJson;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local[2] gives what {@code extract} gives, and writes GeoParquet that the app can read back. */
class SparkExtractJobTest {
    private static SparkSession spark;
    @TempDir
    static Path tmp;
    private static Path out;
    private static ExtractJob.Summary summary;
    private static Extraction expected;

    /** One run of the job on the sample corpus plus an empty file (Spark start and gazetteer load dominate). */
    @BeforeAll
    static void runTheJobOnce() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "   \n");
        out = tmp.resolve("out");
        summary = ExtractJob.run(spark, List.of("geodata/corpus/*.txt", bad.toString()), out.toString(), 3, false);
        // The executor's pipeline is this JVM's: the same gazetteer, loaded once.
        expected = ExecutorPipeline.get().run(new CorpusReader().read(List.of(Path.of("geodata/corpus"), bad)),
                ProgressListener.NONE);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void sampleCorpusGivesTheIncidentsMentionsAndDeploymentsOfExtract() throws Exception {
        ExtractJob.Summary s = summary;
        List<PlaceMention> resolved = expected.mentions().stream().filter(PlaceMention::isResolved).toList();
        assertThat(Files.exists(out.resolve("_SUCCESS"))).isTrue();
        try (ResultsStore store = ResultsStore.open(out)) {
            assertThat(store.incidents()).hasSize(expected.incidents().size()).containsExactlyElementsOf(expected.incidents());
            assertThat(store.mentions()).hasSize(resolved.size()).containsExactlyElementsOf(resolved);
            assertThat(store.deployments()).containsExactlyElementsOf(expected.deployments());
            assertThat(store.problems()).anySatisfy(p -> {
                assertThat(p.file()).endsWith("empty.txt");
                assertThat(p.message()).contains("empty");
            });
            Incident first = expected.incidents().get(0);
            List<ResultsStore.Quote> quotes = store.quotes(first.id());
            assertThat(quotes).hasSize(first.evidence().size());
            Evidence e = first.evidence().get(0);
            String sentence = expected.article(e.articleId()).orElseThrow().sentences().get(e.sentence())
                    .of(expected.article(e.articleId()).orElseThrow().text());
            assertThat(quotes.get(0).quote()).isEqualTo(sentence);
            assertThat(quotes.get(0).source()).endsWith(e.articleId());
        }
        assertThat(s.incidents()).isEqualTo(expected.incidents().size());
        assertThat(s.incidentsBeforeMerge()).isGreaterThanOrEqualTo(s.incidents());
        assertThat(s.files()).isEqualTo(6);
        assertThat(s.problems()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void outputIsGeoParquetPartitionedByMonthWithWkbPointsInCrs84() throws Exception {
        List<Path> files;
        try (Stream<Path> w = Files.walk(out.resolve("incidents"))) {
            files = w.filter(p -> p.toString().endsWith(".parquet")).toList();
        }
        assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(f.getParent().getFileName().toString()).matches("month=(\\d{4}-\\d{2}|unknown)"));
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(files.get(0).toUri()), new Configuration()))) {
            String geo = r.getFooter().getFileMetaData().getKeyValueMetaData().get("geo");
            assertThat(geo).contains("\"version\":\"1.1.0\"", "\"primary_column\":\"geometry\"", "\"encoding\":\"WKB\"",
                    "\"geometry_types\":[\"Point\"]", "\"code\":\"CRS84\"");
        }
        try (ResultsStore store = ResultsStore.open(out);
                var st = store.connection().createStatement();
                var rs = st.executeQuery("SELECT geometry, lon, lat, month, date_start FROM incidents WHERE geometry IS NOT NULL")) {
            int n = 0;
            while (rs.next()) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(rs.getBytes(1)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                assertThat(b.get()).isEqualTo((byte) 1);
                assertThat(b.getInt()).isEqualTo(1);
                assertThat(b.getDouble()).isEqualTo(rs.getDouble(2));
                assertThat(b.getDouble()).isEqualTo(rs.getDouble(3));
                if (rs.getDate(5) != null) {
                    assertThat(rs.getString(4)).isEqualTo(rs.getDate(5).toLocalDate().toString().substring(0, 7));
                }
                n++;
            }
            assertThat(n).isGreaterThan(5);
        }
    }

    /**
     * Made-up reports scattered over a few cells and months, many on the edges between them: the distributed
     * merge gives the list {@code IncidentMerger.merge} gives over all of them at once.
     */
    @Test
    void distributedMergeEqualsTheMergerAcrossCellAndMonthEdges() {
        Random r = new Random(7);
        List<Incident> incidents = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        String[] types = {"Battles", "Explosions/Remote violence"};
        for (int k = 0; k < 1500; k++) {
            // 0.25° cells: points within 0.05° of the 33.25/33.5 and 44.25/44.5 lines, and some farther out.
            double lat = 33.25 + r.nextInt(2) * 0.25 + (r.nextDouble() - 0.5) * (k % 5 == 0 ? 0.9 : 0.1);
            double lon = 44.25 + r.nextInt(2) * 0.25 + (r.nextDouble() - 0.5) * (k % 5 == 0 ? 0.9 : 0.1);
            Place p = new Place("syn:" + k, "Place " + k, PlaceKind.TOWN, "PPL", "IQ", null, lat, lon, 1000, 2);
            LocalDate d = LocalDate.of(2020, 1 + r.nextInt(3), 1).minusDays(r.nextInt(3)).plusDays(r.nextInt(3));
            EventDate date = switch (k % 7) {
                case 0 -> new EventDate(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()), DatePrecision.MONTH, "month", false);
                case 1 -> EventDate.unresolved("some time");
                case 2 -> new EventDate(d.minusYears(4), d, DatePrecision.YEAR, "years", false);
                default -> EventDate.day(d, "day");
            };
            String article = "a" + (k / 2) + ".txt";
            Incident i = new Incident(article + "#e" + (k % 2 + 1), new EventType(types[r.nextInt(2)], "x"), date,
                    k % 11 == 0 ? null : p, 1, List.of(), r.nextInt(4), EventStatus.REPORTED,
                    List.of(Evidence.of(article, 0, 0, 5)), List.of(article), null, k % 11 == 0 ? p : null);
            incidents.add(i);
            items.add(new Item(Item.Kind.INCIDENT, k, ModelJson.write(i), new String[] {"q" + k}, new int[] {0}, new String[] {article}, null));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Item> rdd = jsc.parallelize(items, 4);

        List<Item> merged = new ArrayList<>(DistributedMerge.incidents(jsc, rdd).collect());
        merged.sort((a, b) -> Long.compare(a.order, b.order));

        List<Incident> expected = IncidentMerger.merge(incidents);
        assertThat(expected.size()).isLessThan(incidents.size() * 3 / 4);
        assertThat(merged.stream().map(it -> ModelJson.read(it.json, Incident.class)).toList()).containsExactlyElementsOf(expected);
        Item withMost = merged.stream().max((a, b) -> Integer.compare(a.quotes.length, b.quotes.length)).orElseThrow();
        Incident m = ModelJson.read(withMost.json, Incident.class);
        assertThat(withMost.quotes).hasSize(m.evidence().size()).doesNotContainNull();
    }

    /**
     * In local[2], articles that run past their time budget (here a budget of nothing, so every one does) are
     * problem rows naming the file; the job still finishes and writes its tables.
     */
    @Test
    void anArticlePastItsTimeBudgetIsAProblemRowNotAStuckTask() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("slow"));
        Files.writeString(in.resolve("one.txt"), "Gunmen attacked a police checkpoint near Mosul on Monday, the police said.\n");
        Files.writeString(in.resolve("two.txt"), "A rocket struck a base in Anbar province on Tuesday, officials said.\n");
        Path slowOut = tmp.resolve("slow-out");
        ExtractJob.Summary s = ExtractJob.run(spark, List.of(in.toString()), slowOut.toString(), 2, false,
                new org.incidentatlas.pipeline.Pipeline.ArticleBudget(0, 0));
        assertThat(Files.exists(slowOut.resolve("_SUCCESS"))).isTrue();
        assertThat(s.incidents()).isZero();
        try (ResultsStore store = ResultsStore.open(slowOut)) {
            assertThat(store.problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("time budget"))
                    .extracting(p -> Path.of(p.file()).getFileName().toString()).containsExactlyInAnyOrder("one.txt", "two.txt");
        }
    }

    @Test
    void filesAreSpreadOverPartitionsByBytes() {
        List<ArticleFile> files = new ArrayList<>();
        long[] sizes = {900, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100};
        for (int k = 0; k < sizes.length; k++) {
            files.add(new ArticleFile("f" + k, "f" + k, "f" + k, "f" + k, k, sizes[k], "d"));
        }
        List<List<ArticleFile>> parts = ArticleListing.balance(files, 2);
        assertThat(parts.get(0).stream().mapToLong(ArticleFile::size).sum()).isEqualTo(1000);
        assertThat(parts.get(1).stream().mapToLong(ArticleFile::size).sum()).isEqualTo(900);
        assertThat(parts.get(1)).isSortedAccordingTo((a, b) -> Long.compare(a.order(), b.order()));
    }

    @Test
    void optionsTakeSeveralInputsAndRefuseAMissingOutput() {
        ExtractJob.Options o = ExtractJob.Options.parse(new String[] {"--input", "a,b", "--input", "s3a://x/y/*.txt", "--output", "o"});
        assertThat(o.inputs).containsExactly("a", "b", "s3a://x/y/*.txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExtractJob.Options.parse(new String[] {"--input", "a"}))
                .hasMessageContaining("--output");
    }
}
