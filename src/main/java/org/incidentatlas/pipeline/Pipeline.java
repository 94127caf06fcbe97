package org.incidentatlas.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.incidentatlas.events.ArabicEventExtractor;
import org.incidentatlas.events.ArticleCopies;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.events.IncidentMerger;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.ArabicGeoparser;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;

/**
 * The one entry point from a corpus to an {@link Extraction}, shared by the CLI and the UI. Thread-safe.
 *
 * <p>Every article is isolated: an exception, a stack overflow or running past its time budget
 * ({@link ArticleBudget}) in any of its stages (reading, places, events) becomes one {@link LoadProblem} naming
 * the article, the stage and the error; that article's partial results are dropped and every other article
 * completes. Articles are worked on in parallel and handed on in corpus order; {@link #stream} keeps at most
 * {@code 4 × threads} articles in memory (queued ahead of the workers), so memory does not grow with the corpus.
 */
public final class Pipeline {
    /** Names of the stages an article goes through, as problems report them. */
    public static final String READING = "reading";
    public static final String PLACES = "places";
    public static final String EVENTS = "events";

    private final Geoparser geoparser;
    private final EventExtractor events;
    /** For articles detected as Arabic; null in an English-only pipeline, where they get a warning. */
    private Geoparser arabicGeoparser;
    private EventExtractor arabicEvents;
    private final ArticleBudget budget;
    private final int threads;
    /** True for the copy {@link #forRun} makes: its components have the analyst's files fixed for the run. */
    private boolean perRun;

    public Pipeline(Geoparser geoparser, EventExtractor events) {
        this(geoparser, events, ArticleBudget.DEFAULT, Runtime.getRuntime().availableProcessors());
    }

    public Pipeline(Geoparser geoparser, EventExtractor events, ArticleBudget budget, int threads) {
        this.geoparser = geoparser;
        this.events = events;
        this.budget = budget;
        this.threads = Math.max(1, threads);
    }

    /** The standard pipeline over the shipped gazetteer. */
    public static Pipeline standard() throws IOException {
        return standard(GazetteerLoader.loadDefault());
    }

    public static Pipeline standard(Gazetteer gazetteer) {
        return new Pipeline(new GazetteerGeoparser(gazetteer), new RuleEventExtractor())
                .withArabic(new ArabicGeoparser(gazetteer), new ArabicEventExtractor());
    }

    /** The same pipeline on {@code n} worker threads. */
    public Pipeline withThreads(int n) {
        return new Pipeline(geoparser, events, budget, n).withArabic(arabicGeoparser, arabicEvents);
    }

    /** The same pipeline with another time budget per article. */
    public Pipeline withBudget(ArticleBudget b) {
        return new Pipeline(geoparser, events, b, threads).withArabic(arabicGeoparser, arabicEvents);
    }

    /** The same pipeline routing articles detected as Arabic to these components. */
    public Pipeline withArabic(Geoparser arabicPlaces, EventExtractor arabicIncidents) {
        Pipeline p = new Pipeline(geoparser, events, budget, threads);
        p.arabicGeoparser = arabicPlaces;
        p.arabicEvents = arabicIncidents;
        return p;
    }

    /**
     * This pipeline for one run: each component with the analyst's files (places, actors) as they are now, read
     * once for the run instead of checked per article; an edit applies on the next run.
     */
    private Pipeline forRun() {
        Pipeline p = new Pipeline(geoparser.forRun(), events.forRun(), budget, threads);
        p.arabicGeoparser = arabicGeoparser == null ? null : arabicGeoparser.forRun();
        p.arabicEvents = arabicEvents == null ? null : arabicEvents.forRun();
        p.perRun = true;
        return p;
    }

    /**
     * The geoparser and event extractor for an article's language: English (or unknown) and Arabic have theirs;
     * null for any other language, which {@link #languageNote} reports.
     */
    private Geoparser geoparserFor(Article a) {
        return a.isEnglish() ? geoparser : "ar".equals(a.language()) ? arabicGeoparser : null;
    }

    private EventExtractor eventsFor(Article a) {
        return a.isEnglish() ? events : "ar".equals(a.language()) ? arabicEvents : null;
    }

    private static LoadProblem languageNote(Article a) {
        return new LoadProblem(a.source(), LoadProblem.Severity.WARNING,
                "no English or Arabic text found (language: " + a.language() + "); nothing extracted");
    }

    /**
     * Time allowed for one article: {@code base + perMillionChars × chars / 1,000,000}. The default, 10 s plus
     * 30 s per million characters, is about 30 times what a normal article needs on one busy core. It counts the
     * worker thread's CPU time (where the JVM measures it), so a loaded machine does not stop articles that are
     * merely waiting for a core; wall time past six budgets stops an article whatever its CPU time.
     */
    public record ArticleBudget(long baseMillis, long millisPerMillionChars) {
        public static final ArticleBudget DEFAULT = new ArticleBudget(10_000, 30_000);

        public long millisFor(long chars) {
            return baseMillis + (long) Math.ceil(millisPerMillionChars * (chars / 1_000_000.0));
        }
    }

    /** Receives each article with its place mentions, in corpus order, on the calling thread. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(Article article, List<PlaceMention> mentions) throws IOException;

        /** The article with the incidents and deployments found in it (before cross-article merging). */
        default void accept(Article article, List<PlaceMention> mentions, List<Incident> incidents,
                List<Deployment> deployments) throws IOException {
            accept(article, mentions);
        }
    }

    /**
     * What remains of a streamed run once every article went to the sink: the merged incidents and deployments
     * (small: evidence is spans, not text) and every problem and note.
     */
    public record Summary(int articles, long mentions, List<Incident> incidents, List<Deployment> deployments,
            List<LoadProblem> problems) {
        public Summary {
            incidents = List.copyOf(incidents);
            deployments = List.copyOf(deployments);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(p -> p.severity() == LoadProblem.Severity.ERROR);
        }
    }

    /** Reads and extracts the inputs, keeping everything (for the app and evaluation). */
    public Extraction run(List<Path> inputs, ProgressListener progress) {
        List<Article> articles = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        Summary s;
        try {
            s = stream(inputs, progress, (a, m) -> {
                articles.add(a);
                mentions.addAll(m);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the collecting sink never throws
        }
        return new Extraction(articles, mentions, s.incidents(), s.deployments(), s.problems());
    }

    /** Extracts an already read corpus; results keep corpus order. */
    public Extraction run(Corpus corpus, ProgressListener progress) {
        List<Article> articles = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        List<Supplier<CorpusReader.Loaded>> sources = new ArrayList<>();
        for (Article a : corpus.articles()) {
            sources.add(() -> new CorpusReader.Loaded(a, List.of()));
        }
        List<String> names = corpus.articles().stream().map(Article::id).toList();
        List<Long> sizes = corpus.articles().stream().map(a -> (long) a.text().length()).toList();
        Summary s;
        try {
            s = process(sources, names, sizes, new ArrayList<>(corpus.problems()), progress, (a, m) -> {
                articles.add(a);
                mentions.addAll(m);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Extraction(articles, mentions, s.incidents(), s.deployments(), s.problems());
    }

    /**
     * Reads the inputs one article at a time and hands each finished article to {@code sink}, in corpus order,
     * then merges incidents across articles. At most {@code 4 × threads} articles are held at once. An
     * {@link IOException} from the sink (disk full) stops the run and is thrown.
     */
    public Summary stream(List<Path> inputs, ProgressListener progress, ArticleSink sink) throws IOException {
        CorpusReader reader = new CorpusReader();
        CorpusReader.Listing listing = reader.list(inputs);
        Map<Path, String> renamed = duplicateNames(listing.files());
        List<Supplier<CorpusReader.Loaded>> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (Path f : listing.files()) {
            names.add(f.toString());
            sizes.add(sizeOf(f));
            sources.add(() -> {
                CorpusReader.Loaded l = reader.load(f, listing);
                String id = renamed.get(f);
                if (l.article() == null || id == null) {
                    return l;
                }
                return new CorpusReader.Loaded(CorpusReader.uniqueId(l.article(), new HashSet<>(Set.of(l.article().id()))),
                        l.problems());
            });
        }
        return process(sources, names, sizes, new ArrayList<>(listing.problems()), progress, sink);
    }

    private static long sizeOf(Path f) {
        try {
            return java.nio.file.Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Files whose name an earlier file already has: they are identified by their path. */
    private static Map<Path, String> duplicateNames(List<Path> files) {
        Set<String> seen = new HashSet<>();
        Map<Path, String> out = new HashMap<>();
        for (Path f : files) {
            if (!seen.add(f.getFileName().toString())) {
                out.put(f, f.toString());
            }
        }
        return out;
    }

    /** One file's result; {@code more} holds the further articles of a news export, one outcome each. */
    private record Outcome(Article article, List<PlaceMention> mentions, EventExtractor.Result events,
            List<LoadProblem> problems, List<Outcome> more) {
        Outcome(Article article, List<PlaceMention> mentions, EventExtractor.Result events, List<LoadProblem> problems) {
            this(article, mentions, events, problems, List.of());
        }
    }

    private Summary process(List<Supplier<CorpusReader.Loaded>> sources, List<String> names, List<Long> sizes,
            List<LoadProblem> problems, ProgressListener progress, ArticleSink sink) throws IOException {
        if (!perRun) {
            return forRun().process(sources, names, sizes, problems, progress, sink); // one look at the analyst's files
        }
        // Articles submitted ahead of the workers: a worker that finishes one takes the next from the pool's queue
        // at once. (Submitting one article per free worker, as before, idled the worker for two thread hand-offs per
        // article, coordinator woken then worker woken: 0.6-0.8 s of a 2.8 s one-thread bench run on this VM.)
        int window = 4 * threads;
        AtomicInteger serial = new AtomicInteger();
        ThreadFactory workers = r -> {
            // a deep stack: regular expressions recurse on long inputs; a daemon, so a stopped article never holds the JVM
            Thread t = new Thread(null, r, "article-" + serial.incrementAndGet(), 32L << 20);
            t.setDaemon(true);
            return t;
        };
        // exactly `threads` workers; a worker stuck past its article's budget is replaced (see scheduleCheck)
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads,
                10, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), workers);
        java.util.concurrent.ScheduledThreadPoolExecutor watchdog = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                r -> {
                    Thread t = new Thread(r, "article-watchdog");
                    t.setDaemon(true);
                    return t;
                });
        // a finished article's pending check is dropped at once: it holds the article's outcome until it fires
        watchdog.setRemoveOnCancelPolicy(true);
        List<Incident> incidents = new ArrayList<>();
        List<Deployment> deployments = new ArrayList<>();
        ArticleCopies copies = new ArticleCopies();
        int articles = 0;
        long mentions = 0;
        int done = 0;
        ArrayDeque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < sources.size() || !inFlight.isEmpty()) {
                if (next < sources.size() && inFlight.size() < window) {
                    inFlight.add(submit(sources.get(next), names.get(next), sizes.get(next), pool, watchdog));
                    next++;
                    continue;
                }
                Outcome o = await(inFlight.poll());
                done++;
                problems.addAll(o.problems());
                for (Outcome extra : o.more()) {
                    problems.addAll(extra.problems());
                    sink.accept(extra.article(), extra.mentions(), extra.events().incidents(), extra.events().deployments());
                    articles++;
                    mentions += extra.mentions().size();
                    addEvents(extra, copies, incidents, deployments, problems);
                }
                if (o.article() != null) {
                    sink.accept(o.article(), o.mentions(), o.events().incidents(), o.events().deployments());
                    articles++;
                    mentions += o.mentions().size();
                    addEvents(o, copies, incidents, deployments, problems);
                }
                progress.progress(done, sources.size(), o.article() == null ? null : o.article().id());
            }
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
        // Reports of one incident in several articles become one incident; needs every article, so after the rest.
        List<Incident> merged;
        List<Deployment> mergedDeployments;
        try {
            merged = IncidentMerger.merge(incidents);
            mergedDeployments = IncidentMerger.mergeDeployments(deployments);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new LoadProblem("(all articles)", LoadProblem.Severity.ERROR,
                    "merging reports of the same incident failed (" + describe(e) + "); incidents are listed unmerged"));
            merged = incidents;
            mergedDeployments = deployments;
        }
        return new Summary(articles, mentions, merged, mergedDeployments, problems);
    }

    /** An article's incidents and deployments, unless it is an identical copy of an earlier one (one source, not two). */
    private static void addEvents(Outcome o, ArticleCopies copies, List<Incident> incidents, List<Deployment> deployments,
            List<LoadProblem> problems) {
        String original = copies.copyOf(o.article());
        if (original != null) {
            problems.add(new LoadProblem(o.article().id(), LoadProblem.Severity.NOTE, ArticleCopies.note(original)));
            return;
        }
        incidents.addAll(o.events().incidents());
        deployments.addAll(o.events().deployments());
    }

    private static Outcome await(CompletableFuture<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // the task catches everything it can recover from
        }
    }

    /** Where an article's work stands, read by the watchdog to say which stage ran out of time. */
    private static final class Progress {
        volatile String stage = READING;
        volatile String name;
        volatile long chars;
        /** When a worker took the article up (System.nanoTime), or {@link #WAITING} while it waits in the queue. */
        volatile long start = WAITING;
        /** The worker thread's id and its CPU clock when the article started (-1: no CPU clock). */
        volatile long threadId = -1;
        volatile long cpuStart = -1;
        /** The watchdog's pending check of this article, cancelled when the article is done. */
        volatile Future<?> check;

        /** Called on the worker thread when it takes the article up. */
        void started() {
            start = System.nanoTime();
            java.lang.management.ThreadMXBean mx = CPU;
            if (mx != null) {
                long cpu = mx.getCurrentThreadCpuTime();
                if (cpu >= 0) {
                    cpuStart = cpu;
                    threadId = Thread.currentThread().getId();
                }
            }
        }

        /**
         * CPU nanoseconds the worker has spent on this article, or -1 when unknown. The budget counts the
         * article's own work, not the time a loaded machine kept it waiting for a core (on a busy machine the
         * first articles of a run, which also pay for class loading, were stopped by a wall-clock budget).
         */
        long cpuUsed() {
            java.lang.management.ThreadMXBean mx = CPU;
            long id = threadId;
            if (mx == null || id < 0 || cpuStart < 0) {
                return -1;
            }
            long now = mx.getThreadCpuTime(id);
            return now < 0 ? -1 : now - cpuStart;
        }

        /**
         * The article is over its budget: its CPU time when the JVM measures threads' CPU time, else its wall time;
         * wall time past {@link #WALL_FACTOR} budgets stops it whatever the CPU says (a thread blocked on I/O).
         */
        boolean over(ArticleBudget budget, long now) {
            long begun = start;
            if (begun == WAITING) {
                return false; // queued behind other articles: its budget has not started
            }
            long allowed = TimeUnit.MILLISECONDS.toNanos(budget.millisFor(chars));
            long wall = now - begun;
            if (wall <= allowed) {
                return false;
            }
            long cpu = cpuUsed();
            return cpu < 0 || cpu > allowed || wall > allowed * WALL_FACTOR;
        }

        /** Nanoseconds until the budget could next be exceeded (CPU time never runs faster than wall time). */
        long recheckIn(ArticleBudget budget, long now) {
            long allowed = TimeUnit.MILLISECONDS.toNanos(budget.millisFor(chars));
            long begun = start;
            if (begun == WAITING) {
                return Math.max(TimeUnit.MILLISECONDS.toNanos(50), allowed); // it cannot be over before that
            }
            long wall = now - begun;
            if (wall < allowed) {
                return allowed - wall;
            }
            long cpu = Math.max(0, cpuUsed());
            return Math.max(TimeUnit.MILLISECONDS.toNanos(50), Math.min(allowed - cpu, allowed * WALL_FACTOR - wall));
        }
    }

    /** {@link Progress#start} of an article no worker has taken up yet. */
    private static final long WAITING = Long.MIN_VALUE;

    /** How many budgets of wall time an article may take when its CPU time stays within one budget. */
    private static final long WALL_FACTOR = 6;

    /** The JVM's per-thread CPU clock, or null when it has none. */
    private static final java.lang.management.ThreadMXBean CPU = cpuClock();

    private static java.lang.management.ThreadMXBean cpuClock() {
        try {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            if (!mx.isThreadCpuTimeSupported()) {
                return null;
            }
            if (!mx.isThreadCpuTimeEnabled()) {
                mx.setThreadCpuTimeEnabled(true);
            }
            return mx;
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private CompletableFuture<Outcome> submit(Supplier<CorpusReader.Loaded> source, String name, long sizeHint,
            java.util.concurrent.ThreadPoolExecutor pool, ScheduledExecutorService watchdog) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        Progress p = new Progress();
        p.name = name;
        p.chars = sizeHint; // until the text is read, its size on disk stands for its length
        Future<?> task = pool.submit(() -> {
            try {
                result.complete(runOne(source, p));
            } catch (Throwable t) {
                result.complete(failed(p, t));
            }
        });
        // a stopped article's thread may never return: one more worker takes its place for the articles queued
        Runnable replace = () -> {
            synchronized (pool) {
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
        };
        result.whenComplete((o, t) -> {
            Future<?> check = p.check;
            if (check != null) {
                check.cancel(false);
            }
        });
        scheduleCheck(result, task, p, watchdog, replace);
        return result;
    }

    /** Re-arms itself until the article is done; its budget grows once the article's length is known. */
    private void scheduleCheck(CompletableFuture<Outcome> result, Future<?> task, Progress p,
            ScheduledExecutorService watchdog, Runnable replace) {
        if (result.isDone()) {
            return;
        }
        long now = System.nanoTime();
        if (p.over(budget, now)) {
            long ms = TimeUnit.NANOSECONDS.toMillis(now - p.start);
            if (result.complete(new Outcome(null, List.of(), null, List.of(problem(p,
                    "took longer than its time budget (" + seconds(ms) + " s for " + p.chars
                            + " characters) and was stopped"))))) {
                task.cancel(true);
                replace.run();
            }
            return;
        }
        try {
            Future<?> check = watchdog.schedule(() -> scheduleCheck(result, task, p, watchdog, replace),
                    Math.max(1, p.recheckIn(budget, now)), TimeUnit.NANOSECONDS);
            p.check = check;
            if (result.isDone()) { // finished meanwhile: whenComplete may have seen the previous check
                check.cancel(false);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the run is over
        }
    }

    private Outcome runOne(Supplier<CorpusReader.Loaded> source, Progress p) {
        p.started();
        p.stage = READING;
        CorpusReader.Loaded loaded = source.get();
        Article a = loaded.article();
        if (a == null) {
            return new Outcome(null, List.of(), null, loaded.problems());
        }
        p.name = a.id();
        p.chars = a.text().length();
        checkTime(p);
        Outcome first = stages(a, p, loaded.problems());
        if (loaded.more().isEmpty()) {
            return first;
        }
        List<Outcome> more = new ArrayList<>();
        for (Article extra : loaded.more()) {
            more.add(stages(extra, p, List.of()));
        }
        return new Outcome(first.article(), first.mentions(), first.events(), first.problems(), more);
    }

    /** Places then events for one article, by its language. */
    private Outcome stages(Article a, Progress p, List<LoadProblem> problems) {
        Geoparser places = geoparserFor(a);
        EventExtractor incidents = eventsFor(a);
        if (places == null || incidents == null) {
            List<LoadProblem> withNote = new ArrayList<>(problems);
            withNote.add(languageNote(a));
            return new Outcome(a, List.of(), new EventExtractor.Result(List.of(), List.of()), withNote);
        }
        p.stage = PLACES;
        List<PlaceMention> m = places.parse(a);
        checkTime(p);
        p.stage = EVENTS;
        EventExtractor.Result r = incidents.extract(a, m);
        checkTime(p);
        return new Outcome(a, m, r, problems);
    }

    /**
     * One article's mentions, incidents and deployments before cross-article merging, on the calling thread and
     * without a time budget. A distributed run (package {@code spark}) calls it per article, isolates failures
     * itself, keeps its own time budget (stopping this thread by interrupting it: the work stops at the next stage
     * boundary) and merges afterwards.
     */
    public ArticleResult runArticle(Article a) {
        Geoparser places = geoparserFor(a);
        EventExtractor incidents = eventsFor(a);
        if (places == null || incidents == null) {
            return new ArticleResult(List.of(), new EventExtractor.Result(List.of(), List.of()));
        }
        List<PlaceMention> m = places.parse(a);
        if (Thread.currentThread().isInterrupted()) {
            throw new StoppedException();
        }
        return new ArticleResult(m, incidents.extract(a, m));
    }

    /** What one article yields before merging. */
    public record ArticleResult(List<PlaceMention> mentions, EventExtractor.Result events) {
    }

    /** Cooperative stop at each stage boundary: the watchdog has already reported the article. */
    private void checkTime(Progress p) {
        if (Thread.currentThread().isInterrupted() || p.over(budget, System.nanoTime())) {
            throw new StoppedException();
        }
    }

    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super("stopped", null, false, false);
        }
    }

    private static Outcome failed(Progress p, Throwable t) {
        if (t instanceof StoppedException) {
            return new Outcome(null, List.of(), null, List.of(problem(p, "took longer than its time budget and was stopped")));
        }
        return new Outcome(null, List.of(), null, List.of(problem(p, "failed: " + describe(t))));
    }

    private static LoadProblem problem(Progress p, String what) {
        return new LoadProblem(p.name, LoadProblem.Severity.ERROR,
                "the " + p.stage + " stage " + what + "; nothing from this article is kept");
    }

    /** An error in plain words, with the class and the place it came from for a bug report. */
    static String describe(Throwable t) {
        String kind;
        if (t instanceof StackOverflowError) {
            kind = "the text is nested or repeated too deeply to analyse";
        } else if (t instanceof OutOfMemoryError) {
            kind = "not enough memory for this article";
        } else if (t instanceof IndexOutOfBoundsException) {
            kind = "an internal error (index out of range)";
        } else if (t instanceof NumberFormatException) {
            kind = "an internal error (a number out of range)";
        } else if (t instanceof NullPointerException) {
            kind = "an internal error (missing value)";
        } else {
            kind = "an internal error";
        }
        StringBuilder s = new StringBuilder(kind).append(": ").append(t.getClass().getSimpleName());
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("org.incidentatlas.")) {
                String cls = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
                s.append(" in ").append(cls).append('.').append(e.getMethodName());
                break;
            }
        }
        return s.toString();
    }

    private static String seconds(long ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
