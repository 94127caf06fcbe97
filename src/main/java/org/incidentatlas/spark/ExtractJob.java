package org.incidentatlas.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.incidentatlas.io.ModelJson;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.pipeline.Pipeline;

/**
 * Extraction as a Spark job:
 * {@code spark-submit --class org.incidentatlas.spark.ExtractJob incident-atlas.jar --input DIR --output OUT}.
 *
 * <p>The driver lists the article files ({@code --input}: folders, files, globs, several of them, comma-separated
 * or repeated; local, HDFS or S3 paths) and spreads them over partitions of about equal bytes. Each task reads its
 * files whole and runs the same {@code Pipeline} per article as {@code extract} ({@link ExecutorPipeline}: one
 * gazetteer per executor JVM, from the jar). Incidents are merged across articles by a shuffle on merge keys
 * ({@link DistributedMerge}); the results are the ones {@code extract} makes on the same files. Output under OUT:
 * {@code incidents/}, {@code deployments/}, {@code mentions/} (resolved place mentions) as GeoParquet 1.1
 * partitioned by month, {@code problems/} (Parquet: file, severity, message) and {@code _SUCCESS}. A file that
 * cannot be read, an article that fails or one that runs past {@code extract}'s time budget per article
 * ({@link ArticleTimeBudget}) becomes a problem row; the job goes on.
 */
public final class ExtractJob {
    private ExtractJob() {
    }

    /** What a run produced, for the log line and for tests. */
    public record Summary(int files, long mentions, long incidentsBeforeMerge, long incidents, long deployments,
            long problems, double seconds) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d files: %d incidents (%d before merging), %d deployments, %d resolved mentions, %d problems in %.1f s",
                    files, incidents, incidentsBeforeMerge, deployments, mentions, problems, seconds);
        }
    }

    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ExtractJob: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("incident-atlas extract").getOrCreate();
        try {
            Summary s = run(spark, o.inputs, o.output, o.partitions, o.overwrite, o.budget);
            System.out.println("ExtractJob: " + s + " -> " + o.output);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark}; {@code partitions} 0 chooses four per core; {@code extract}'s time budget per article. */
    public static Summary run(SparkSession spark, List<String> inputs, String output, int partitions, boolean overwrite)
            throws IOException {
        return run(spark, inputs, output, partitions, overwrite, Pipeline.ArticleBudget.DEFAULT);
    }

    /** Runs the job with {@code budget} as each article's time budget (past it, the article is a problem row). */
    public static Summary run(SparkSession spark, List<String> inputs, String output, int partitions, boolean overwrite,
            Pipeline.ArticleBudget budget) throws IOException {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(output);
        FileSystem ofs = out.getFileSystem(hconf);
        if (ofs.exists(out)) {
            if (!overwrite && ofs.listStatus(out).length > 0) {
                throw new IOException("output folder " + output + " exists and is not empty; remove it or pass --overwrite");
            }
            ofs.delete(out, true);
        }
        ArticleListing listing = ArticleListing.list(inputs, hconf);
        int n = partitions > 0 ? partitions : Math.max(1, Math.min(listing.files.size(), jsc.defaultParallelism() * 4));
        Map<String, String> confMap = new HashMap<>();
        hconf.forEach(e -> confMap.put(e.getKey(), e.getValue()));
        Broadcast<Map<String, String>> conf = jsc.broadcast(confMap);
        Broadcast<Map<String, byte[]>> manifests = jsc.broadcast(new HashMap<>(listing.manifests));

        long budgetBase = budget.baseMillis(); // two numbers into the closure: the record is not Serializable
        long budgetPerMillion = budget.millisPerMillionChars();
        JavaRDD<Item> items = jsc.parallelize(ArticleListing.balance(listing.files, n), n).flatMap(files -> {
            ArticleExtraction x = new ArticleExtraction(hadoop(conf.value()), manifests.value(),
                    new Pipeline.ArticleBudget(budgetBase, budgetPerMillion));
            return files.stream().flatMap(f -> x.extract(f).stream()).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<Item> raw = items.filter(it -> it.kind == Item.Kind.INCIDENT).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Item> incidents = DistributedMerge.incidents(jsc, raw);
        JavaRDD<Item> deployments = DistributedMerge.deployments(items.filter(it -> it.kind == Item.Kind.DEPLOYMENT));
        JavaRDD<Item> mentions = items.filter(it -> it.kind == Item.Kind.MENTION);

        long nIncidents = write(incidents, output + "/incidents", ResultTables.INCIDENTS, conf, ResultTables::writeIncident);
        long nDeployments = write(deployments, output + "/deployments", ResultTables.DEPLOYMENTS, conf, ResultTables::writeDeployment);
        long nMentions = write(mentions, output + "/mentions", ResultTables.MENTIONS, conf, ResultTables::writeMention);
        long nRaw = raw.count();

        List<LoadProblem> problems = new ArrayList<>(listing.problems);
        items.filter(it -> it.kind == Item.Kind.PROBLEM).collect().stream()
                .sorted((a, b) -> Long.compare(a.order, b.order))
                .forEach(it -> problems.add(ModelJson.read(it.json, LoadProblem.class)));
        writeProblems(spark, problems, output + "/problems");
        raw.unpersist();
        items.unpersist();
        ofs.create(new Path(out, "_SUCCESS"), true).close();
        return new Summary(listing.files.size(), nMentions, nRaw, nIncidents, nDeployments, problems.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** One writer of one table for one task. */
    interface RowWriter extends java.io.Serializable {
        void write(GeoParquetSink sink, Item it) throws IOException;
    }

    private static long write(JavaRDD<Item> rows, String dir, org.apache.parquet.schema.MessageType schema,
            Broadcast<Map<String, String>> conf, RowWriter writer) {
        String schemaText = schema.toString();
        Function2<Integer, Iterator<Item>, Iterator<Long>> task = (partition, it) -> {
            try (GeoParquetSink sink = new GeoParquetSink(hadoop(conf.value()), dir, partition,
                    org.apache.parquet.schema.MessageTypeParser.parseMessageType(schemaText))) {
                while (it.hasNext()) {
                    writer.write(sink, it.next());
                }
                return List.of(sink.rows()).iterator();
            }
        };
        return rows.mapPartitionsWithIndex(task, false).collect().stream().mapToLong(Long::longValue).sum();
    }

    private static void writeProblems(SparkSession spark, List<LoadProblem> problems, String dir) {
        StructType schema = new StructType()
                .add("file", DataTypes.StringType, false)
                .add("severity", DataTypes.StringType, false)
                .add("message", DataTypes.StringType, false);
        List<Row> rows = problems.stream()
                .map(p -> RowFactory.create(p.file(), p.severity().name(), p.message())).toList();
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir);
    }

    static Configuration hadoop(Map<String, String> entries) {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }

    /**
     * The job's arguments: {@code --input} (one or more), {@code --output}, optional {@code --partitions N},
     * {@code --overwrite}, {@code --article-budget MS[,MS_PER_MILLION_CHARS]} (default extract's: 10000,30000).
     */
    static final class Options {
        static final String USAGE = "usage: ExtractJob --input PATH[,PATH...] [--input PATH ...] --output DIR [--partitions N]"
                + " [--overwrite] [--article-budget MS[,MS_PER_MILLION_CHARS]]";
        final List<String> inputs = new ArrayList<>();
        String output;
        int partitions;
        boolean overwrite;
        Pipeline.ArticleBudget budget = Pipeline.ArticleBudget.DEFAULT;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--input", "-i" -> {
                        String v = value(args, ++i, a);
                        for (String p : v.split(",")) {
                            if (!p.isBlank()) {
                                o.inputs.add(p.trim());
                            }
                        }
                    }
                    case "--output", "-o" -> o.output = value(args, ++i, a);
                    case "--partitions" -> {
                        try {
                            o.partitions = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions needs a number");
                        }
                    }
                    case "--overwrite" -> o.overwrite = true;
                    case "--article-budget" -> o.budget = budget(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        o.inputs.add(a);
                    }
                }
            }
            if (o.inputs.isEmpty()) {
                throw new IllegalArgumentException("no --input given");
            }
            if (o.output == null) {
                throw new IllegalArgumentException("no --output given");
            }
            return o;
        }

        /** {@code MS} or {@code MS,MS_PER_MILLION_CHARS}; the second part defaults to extract's. */
        static Pipeline.ArticleBudget budget(String v) {
            String[] parts = v.split(",", 2);
            try {
                long base = Long.parseLong(parts[0].trim());
                long perMillion = parts.length > 1 ? Long.parseLong(parts[1].trim())
                        : Pipeline.ArticleBudget.DEFAULT.millisPerMillionChars();
                if (base < 0 || perMillion < 0) {
                    throw new NumberFormatException();
                }
                return new Pipeline.ArticleBudget(base, perMillion);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--article-budget needs MS or MS,MS_PER_MILLION_CHARS (whole milliseconds), not " + v);
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
