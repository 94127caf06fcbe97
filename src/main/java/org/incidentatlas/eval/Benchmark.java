package org.incidentatlas.eval;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.io.ExtractionJsonWriter;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;

/**
 * Measures the extraction: gazetteer load time and footprint, then throughput (MB/s of UTF-8 text, articles/s) and
 * heap on a corpus repeated to a target size, once per thread count. Each run happens inside its own
 * {@link ForkJoinPool} of that parallelism, with the pipeline set to as many article workers ({@link Pipeline#withThreads}),
 * and is preceded by a warm-up run so that the JIT has compiled the hot paths. Prints nothing: {@code bench} does.
 */
public final class Benchmark {
    /** Loads the gazetteer; timed. */
    @FunctionalInterface
    public interface GazetteerSource {
        Gazetteer load() throws Exception;
    }

    /**
     * {@code warmupBytes}: how much text the warm-up reads before each measurement: a prefix of the measured corpus,
     * or the whole corpus again and again (and then a prefix) when it asks for more than the corpus holds.
     */
    public record Config(long targetBytes, List<Integer> threadCounts, long warmupBytes) {
        public Config {
            threadCounts = List.copyOf(threadCounts);
            if (targetBytes <= 0 || warmupBytes < 0) {
                throw new IllegalArgumentException("target size must be positive and warm-up not negative");
            }
            if (threadCounts.isEmpty() || threadCounts.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("thread counts must be at least 1: " + threadCounts);
            }
        }
    }

    /**
     * What is measured: a name ("places", "all") and how to build its pipeline over the loaded gazetteer; a
     * pipeline built from {@link StageClock#places} and {@link StageClock#events} reports CPU time per stage.
     */
    public record Stage(String name, BiFunction<Gazetteer, StageClock, Pipeline> pipelineOf) {
        public Stage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pipelineOf, "pipelineOf");
        }

        /** A stage whose pipeline is not split into timed parts. */
        public Stage(String name, Function<Gazetteer, Pipeline> pipelineOf) {
            this(name, (g, clock) -> pipelineOf.apply(g));
        }
    }

    /**
     * CPU time of the pipeline's parts, summed over the threads that ran them: each call of the wrapped geoparser
     * or event extractor is timed with the calling thread's CPU clock ({@link ThreadMXBean}), so other processes
     * on the machine do not count.
     */
    public static final class StageClock {
        private final LongAdder places = new LongAdder();
        private final LongAdder events = new LongAdder();
        /** CPU of the stages spent on the thread that runs the pipeline (so not counted twice in "merge"). */
        private final LongAdder onCoordinator = new LongAdder();
        private volatile Thread coordinator;
        private volatile boolean used;

        /** The geoparser, timed as "places". */
        public Geoparser places(Geoparser g) {
            used = true;
            return new Geoparser() {
                @Override
                public List<PlaceMention> parse(Article a) {
                    long t0 = threadCpu();
                    try {
                        return g.parse(a);
                    } finally {
                        add(places, threadCpu() - t0);
                    }
                }

                @Override
                public Geoparser forRun() {
                    Geoparser run = g.forRun();
                    return run == g ? this : places(run); // timed like the run the pipeline makes
                }
            };
        }

        /** The event extractor, timed as "events". */
        public EventExtractor events(EventExtractor e) {
            used = true;
            return new EventExtractor() {
                @Override
                public Result extract(Article a, List<PlaceMention> m) {
                    long t0 = threadCpu();
                    try {
                        return e.extract(a, m);
                    } finally {
                        add(events, threadCpu() - t0);
                    }
                }

                @Override
                public EventExtractor forRun() {
                    EventExtractor run = e.forRun();
                    return run == e ? this : events(run);
                }
            };
        }

        private void add(LongAdder stage, long nanos) {
            stage.add(nanos);
            if (Thread.currentThread() == coordinator) {
                onCoordinator.add(nanos);
            }
        }

        void reset() {
            places.reset();
            events.reset();
            onCoordinator.reset();
        }
    }

    /**
     * CPU seconds by stage (NaN where not measured): {@code workers} is the CPU time of the run's threads (places
     * and events on the article threads, collecting and merging on the thread that runs the pipeline);
     * {@code merge} what the latter spent outside places and events; {@code write} the JSON writing of the run's extraction ({@code jsonBytes} long) on one thread.
     */
    public record StageCpu(double workers, double places, double events, double merge, double write, long jsonBytes) {
    }

    /** Gazetteer load: wall time, entries, and heap retained by it (used heap after GC, after minus before). */
    public record GazetteerLoad(double seconds, int places, long retainedHeapBytes) {
    }

    /**
     * One measured run. {@code peakHeapBytes} is the largest used heap sampled every 20 ms during the run;
     * {@code poolPeakSumBytes} the sum of the heap pools' own peaks (an upper bound: pools peak at different times).
     * {@code cpuSeconds} is the CPU time the whole JVM used during the run (workers, GC, JIT; NaN where the JVM does
     * not tell), so {@code mbPerCpuSecond} estimates one core's throughput even when other processes share the cores.
     */
    public record Run(String stage, int threads, long articles, long bytes, long mentions, double seconds, double mbPerSecond,
                      double articlesPerSecond, long peakHeapBytes, long poolPeakSumBytes, long gcCount, long gcMillis,
                      double cpuSeconds, double mbPerCpuSecond, StageCpu stageCpu, long jitMillis) {
    }

    /**
     * {@code loadAverage}: the system's one-minute load average when the runs started (negative where unknown),
     * because other processes sharing the cores change the numbers.
     */
    public record Result(GazetteerLoad gazetteer, int baseArticles, long baseBytes, long corpusArticles,
                         long corpusBytes, int availableProcessors, long maxHeapBytes, String javaVersion,
                         double loadAverage, List<Run> runs) {
        public Result {
            runs = List.copyOf(runs);
        }
    }

    /** Called before each phase ("gazetteer", "warm-up 1 thread", "1 thread", ...), with the pipeline's progress. */
    public interface Listener {
        ProgressListener phase(String name);

        Listener NONE = name -> ProgressListener.NONE;
    }

    private static final double MB = 1024.0 * 1024.0;
    private static final long SAMPLE_MILLIS = 20;

    private Benchmark() {
    }

    public static Result run(List<Article> base, Config config, GazetteerSource gazetteerSource,
                             Function<Gazetteer, Pipeline> pipelineOf, Listener listener) throws Exception {
        return run(base, config, gazetteerSource, List.of(new Stage("all", pipelineOf)), listener);
    }

    /** Measures every stage at every thread count, in that order. */
    public static Result run(List<Article> base, Config config, GazetteerSource gazetteerSource, List<Stage> stages,
                             Listener listener) throws Exception {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("no stage to measure");
        }
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        listener.phase("gazetteer").progress(0, 1, "loading");
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mem);
        long t0 = System.nanoTime();
        Gazetteer gazetteer = gazetteerSource.load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long retained = Math.max(0, usedAfterGc(mem) - before);
        GazetteerLoad load = new GazetteerLoad(loadSeconds, gazetteer.size(), retained);

        List<Article> corpus = repeat(base, config.targetBytes());
        long corpusBytes = bytes(corpus);
        List<Run> runs = new ArrayList<>();
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (Stage stage : stages) {
            StageClock clock = new StageClock();
            Pipeline pipeline = stage.pipelineOf().apply(gazetteer, clock);
            boolean written = false;
            String prefix = stages.size() == 1 ? "" : stage.name() + ", ";
            for (int threads : config.threadCounts()) {
                String label = prefix + threads + " thread" + (threads == 1 ? "" : "s");
                // a warm-up larger than the corpus runs the corpus again until it has read that much: the
                // C2 compiler needs tens of MB before it stops compiling, and a capped warm-up measured it
                for (long left = config.warmupBytes(); left > 0 && corpusBytes > 0; ) {
                    List<Article> pass = left >= corpusBytes ? corpus : prefix(corpus, left);
                    runIn(threads, pipeline, pass, listener.phase("warm-up " + label));
                    left -= pass == corpus ? corpusBytes : bytes(pass);
                }
                usedAfterGc(mem);
                clock.reset();
                runs.add(measure(stage.name(), threads, pipeline, clock, !written, corpus, corpusBytes,
                        listener.phase(label)));
                written = true;
            }
        }
        return new Result(load, base.size(), bytes(base), corpus.size(), corpusBytes,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + Runtime.version(), loadAverage, runs);
    }

    private static Run measure(String stage, int threads, Pipeline pipeline, StageClock clock, boolean write,
                               List<Article> corpus, long bytes, ProgressListener progress)
            throws InterruptedException, ExecutionException, java.io.IOException {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] gc0 = gcTotals();
        AtomicLong peak = new AtomicLong();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long jit0 = jitMillis();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long[] workerCpu = new long[1];
        Extraction ex = runIn(threads, pipeline, corpus, progress, workerCpu, clock);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu1 = processCpuNanos();
        long jit1 = jitMillis();
        double cpuSeconds = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9;
        peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
        sampler.interrupt();
        sampler.join();
        long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long[] gc1 = gcTotals();
        double places = clock.used ? clock.places.sum() / 1e9 : Double.NaN;
        double events = clock.used ? clock.events.sum() / 1e9 : Double.NaN;
        double coordinator = workerCpu[0] < 0 ? Double.NaN : (workerCpu[0] - clock.onCoordinator.sum()) / 1e9;
        double workers = clock.used ? coordinator + places + events : workerCpu[0] / 1e9;
        double writeSeconds = Double.NaN;
        long jsonBytes = -1;
        if (write) {
            CountingStream counted = new CountingStream();
            long w0 = threadCpu();
            new ExtractionJsonWriter().write(ex, counted);
            writeSeconds = (threadCpu() - w0) / 1e9;
            jsonBytes = counted.count;
        }
        StageCpu stageCpu = new StageCpu(workers, places, events, clock.used ? coordinator : Double.NaN,
                writeSeconds, jsonBytes);
        return new Run(stage, threads, corpus.size(), bytes, ex.mentions().size(), seconds, bytes / MB / seconds,
                corpus.size() / seconds, peak.get(), poolPeaks, gc1[0] - gc0[0], gc1[1] - gc0[1], cpuSeconds,
                bytes / MB / cpuSeconds, stageCpu, jit0 < 0 || jit1 < 0 ? -1 : jit1 - jit0);
    }

    /**
     * The JIT compilers' total time so far (ms, summed over compiler threads), -1 where the JVM does not say: a
     * measured run during which it grows by seconds measured the compiler as much as the code, and needs a longer
     * warm-up.
     */
    private static long jitMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Counts what is written and drops it. */
    private static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * The JVM's thread bean, looked up once: {@code ManagementFactory.getThreadMXBean()} finds it through a stream of
     * the platform components on every call, which was 0.8 % of a worker's samples in {@code bench} (two stage clocks
     * per article).
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean THREAD_CPU = THREADS.isCurrentThreadCpuTimeSupported();

    /** This thread's CPU time in ns, or 0 where the JVM does not measure it. */
    static long threadCpu() {
        return THREAD_CPU ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static Extraction runIn(int threads, Pipeline pipeline, List<Article> articles, ProgressListener progress)
            throws InterruptedException, ExecutionException {
        return runIn(threads, pipeline, articles, progress, new long[1], new StageClock());
    }

    /**
     * Runs the pipeline on {@code threads} article threads ({@link Pipeline#withThreads}), called from a pool of
     * as many workers (for code that still runs a parallel stream); {@code workerCpu[0]} gets the CPU time in ns of
     * that pool's threads (-1 if unknown): the thread that runs the pipeline, collects and merges.
     */
    private static Extraction runIn(int threads, Pipeline pipeline, List<Article> articles, ProgressListener progress,
                                    long[] workerCpu, StageClock clock) throws InterruptedException, ExecutionException {
        Pipeline sized = pipeline.withThreads(threads);
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            workers.add(t);
            return t;
        }, null, false);
        try {
            Corpus c = new Corpus(articles, List.of());
            Extraction x = pool.submit(() -> {
                clock.coordinator = Thread.currentThread();
                return sized.run(c, progress);
            }).get();
            ThreadMXBean tm = THREADS;
            long sum = 0;
            for (Thread t : workers) {
                long n = tm.isThreadCpuTimeSupported() ? tm.getThreadCpuTime(t.getId()) : -1;
                if (n < 0) {
                    sum = -1;
                    break;
                }
                sum += n;
            }
            workerCpu[0] = sum;
            return x;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Copies of {@code base} in order, cycled until their UTF-8 size reaches {@code targetBytes} (at least one full
     * pass). Each copy gets its own id ("x.txt#2") and its own text array, so that repeated texts are not read from
     * one cached string.
     */
    public static List<Article> repeat(List<Article> base, long targetBytes) {
        List<Article> out = new ArrayList<>();
        // sizes measured once, not on every pass (setup only, outside the timed runs, but it was the JFR top frame)
        long[] sizes = new long[base.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = utf8Length(base.get(i).text());
        }
        long total = 0;
        for (int pass = 0; total < targetBytes || pass == 0; pass++) {
            long passBytes = 0;
            for (int i = 0; i < sizes.length; i++) {
                out.add(pass == 0 ? base.get(i) : copy(base.get(i), pass));
                passBytes += sizes[i];
            }
            total += passBytes;
            if (passBytes == 0) {
                break;
            }
        }
        return out;
    }

    private static Article copy(Article a, int pass) {
        String text = new String(a.text().toCharArray());
        return new Article(a.id() + "#" + pass, a.source(), a.title(), a.publisher(), a.author(), a.url(),
                a.published(), a.publishedApprox(), text, a.sentences(), a.warnings(), a.sourceOffsets());
    }

    private static List<Article> prefix(List<Article> corpus, long bytes) {
        List<Article> out = new ArrayList<>();
        long total = 0;
        for (Article a : corpus) {
            if (total >= bytes) {
                break;
            }
            out.add(a);
            total += utf8Length(a.text());
        }
        return out;
    }

    public static long bytes(List<Article> articles) {
        long n = 0;
        for (Article a : articles) {
            n += utf8Length(a.text());
        }
        return n;
    }

    static long utf8Length(String s) {
        Objects.requireNonNull(s);
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    /** CPU time of this JVM in ns, or -1 where the platform's bean does not report it. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long[] gcTotals() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }
}
