package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;

/**
 * The app's first load, started from the first line of {@code Main}, before and while the JavaFX toolkit starts:
 * on one thread the shipped gazetteer and the standard pipeline over it; on another the launch corpus (the paths
 * given, or the sample corpus) located and its first article read, which loads the reading classes and the language
 * profiles while the gazetteer loads, and the first-level areas the map draws areas with; then the corpus is
 * extracted as soon as the pipeline is there. The window's first load of the same
 * paths takes the result over ({@link AtlasViewModel.StandardLoader}) instead of starting again, so the corpus is
 * drawn about when the window is shown. An investigation given on the command line gets the gazetteer only (its
 * corpus is known once the file is read, by the window).
 *
 * <p>No JavaFX code runs here: this runs before the toolkit loads ({@link LaunchClasses} only loads the window's
 * classes, without initialising them).
 */
public final class LaunchLoad {
    private static final AtomicReference<LaunchLoad> STARTED = new AtomicReference<>();

    private final CompletableFuture<Gazetteer> gazetteer = new CompletableFuture<>();
    private final CompletableFuture<Pipeline> pipeline = new CompletableFuture<>();
    /** The paths of the launch corpus; null for an investigation. */
    private final CompletableFuture<List<Path>> paths;
    private final CompletableFuture<Extraction> extraction = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();
    /** Lets the gazetteer load begin: at once, unless the launch corpus comes from the {@link ExtractionCache}. */
    private final CompletableFuture<Void> gazetteerGo = new CompletableFuture<>();
    /** Completed once the launch corpus is drawn and the window's panes are in. */
    private final CompletableFuture<Void> drawn = new CompletableFuture<>();
    /** Whether the launch extraction came from the cache (the gazetteer then loads after the first draw). */
    private volatile boolean fromCache;
    /** Seconds after which a launch that was never drawn loads the gazetteer anyway. */
    private static final long GAZETTEER_AT_LATEST_S = 8;
    /** Where the extraction's progress goes once a load takes it over. */
    private volatile ProgressListener progress = (done, total, what) -> { };

    private LaunchLoad(boolean extract) {
        this.paths = extract ? new CompletableFuture<>() : null;
    }

    /**
     * Starts the launch load for the app's command-line arguments (none: the sample corpus; one investigation file:
     * the gazetteer only); does nothing if it was started before.
     */
    public static void start(String[] args) {
        boolean investigation = args.length == 1 && isInvestigation(Path.of(args[0]));
        LaunchLoad l = new LaunchLoad(!investigation);
        if (!STARTED.compareAndSet(null, l)) {
            return;
        }
        LaunchClasses.startLoading(); // the window's classes, loaded (not initialised) while the toolkit starts
        daemon("gazetteer-preload", () -> {
            l.gazetteerGo.join();
            l.loadGazetteer();
        });
        if (l.paths != null) {
            daemon("launch-load", () -> l.extract(args));
        } else {
            l.gazetteerGo.complete(null);
        }
    }

    /** A JSON file that says it is an investigation (its first 4 KB name the format); an article folder is not. */
    static boolean isInvestigation(Path p) {
        if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                || !java.nio.file.Files.isRegularFile(p)) {
            return false;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"" + org.incidentatlas.io.InvestigationWriter.FORMAT + "\"");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The launch load, if {@link #start} ran. */
    static LaunchLoad started() {
        return STARTED.get();
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void loadGazetteer() {
        Gazetteer g;
        try {
            g = GazetteerLoader.loadDefault();
        } catch (java.io.IOException | RuntimeException e) {
            gazetteer.completeExceptionally(e);
            pipeline.completeExceptionally(e);
            return;
        }
        LaunchTimeline.mark("gazetteer loaded");
        gazetteer.complete(g);
        try {
            pipeline.complete(Pipeline.standard(g));
            LaunchTimeline.mark("pipeline built");
        } catch (RuntimeException e) {
            pipeline.completeExceptionally(e); // built again, and reported, by the first load
        }
    }

    private void extract(String[] args) {
        List<Path> p;
        ExtractionCache cache;
        try {
            p = args.length == 0 ? SampleCorpus.locate(SettingsFolder.path())
                    : java.util.Arrays.stream(args).map(Path::of).toList();
            cache = ExtractionCache.standard().orElse(null);
        } catch (RuntimeException | Error e) {
            gazetteerGo.complete(null);
            paths.complete(List.of());
            extraction.completeExceptionally(e);
            return;
        }
        extract(p, cache);
    }

    /**
     * A launch load of {@code p} with {@code cache} on its own "launch-load" thread, not the app's (tests: the
     * window's first frame from a cache hit). It reads no gazetteer: only a cached extraction, or none, arrives.
     */
    static LaunchLoad cachedOnly(List<Path> p, ExtractionCache cache) {
        LaunchLoad l = new LaunchLoad(true);
        IllegalStateException none = new IllegalStateException("no gazetteer in this launch load: not in the cache");
        l.gazetteer.completeExceptionally(none);
        l.pipeline.completeExceptionally(none); // a miss then fails instead of extracting
        daemon("launch-load", () -> l.extract(p, cache));
        return l;
    }

    private void extract(List<Path> p, ExtractionCache cache) {
        try {
            Extraction kept = cache == null ? null : cache.find(p).orElse(null);
            if (kept != null) {
                // drawn at once; the gazetteer (for corrections, new files, city names) loads after the first draw,
                // so it does not compete with the toolkit's start and the window's first frames on 2 cores
                LaunchTimeline.mark("cache hit");
                fromCache = true;
                drawn.completeOnTimeout(null, GAZETTEER_AT_LATEST_S, java.util.concurrent.TimeUnit.SECONDS)
                        .thenRun(() -> gazetteerGo.complete(null));
                paths.complete(p);
                extraction.complete(kept);
                org.incidentatlas.ui.map.Admin1Areas.shared();
                // links the record's equals (its ObjectMethods bootstrap) here, not on the FX thread, where a change
                // listener of the model's extraction property compares the new value with the old
                kept.equals(null);
                return;
            }
            gazetteerGo.complete(null);
            paths.complete(p);
            // One article read while the gazetteer loads: the reading classes, the manifest, the language profiles.
            CorpusReader reader = new CorpusReader();
            CorpusReader.Listing listing = reader.list(p);
            if (!listing.files().isEmpty()) {
                reader.load(listing.files().get(0), listing);
            }
            // The areas an incident's governorate is drawn with: read here, not on the FX thread when results arrive.
            org.incidentatlas.ui.map.Admin1Areas.shared();
            LaunchTimeline.mark("corpus read");
            Extraction x = pipeline.join().run(p, (done, total, what) -> progress.progress(done, total, what));
            LaunchTimeline.mark("extraction done");
            extraction.complete(x);
            if (cache != null) {
                // kept for the next launch once this one is drawn (not competing with its first frames)
                drawn.completeOnTimeout(null, GAZETTEER_AT_LATEST_S, java.util.concurrent.TimeUnit.SECONDS).join();
                cache.keep(p, x);
            }
        } catch (RuntimeException | Error e) {
            gazetteerGo.complete(null);
            paths.complete(List.of());
            extraction.completeExceptionally(e);
        }
    }

    /** The shipped gazetteer read by the launch load (waits for it); null if that read failed. */
    Gazetteer gazetteer() {
        gazetteerGo.complete(null); // wanted now: no longer waits for the first draw
        try {
            return gazetteer.join();
        } catch (CompletionException e) {
            return null; // read again, and reported, by the loader
        }
    }

    /** Says that the launch corpus is drawn and the window complete: deferred work may start. */
    static void drawn() {
        LaunchLoad l = STARTED.get();
        if (l != null) {
            l.drawn.complete(null);
        }
    }

    /** Whether the launch extraction was taken from the {@link ExtractionCache} rather than extracted. */
    boolean fromCache() {
        return fromCache;
    }

    /** Runs {@code r} on a daemon thread once the launch corpus is drawn (or a few seconds later at the latest). */
    void afterDrawn(String name, Runnable r) {
        drawn.completeOnTimeout(null, GAZETTEER_AT_LATEST_S, java.util.concurrent.TimeUnit.SECONDS)
                .thenRun(() -> daemon(name, r));
    }

    /** The standard pipeline the launch load built over {@code g}, or null. */
    Pipeline pipelineOver(Gazetteer g) {
        return pipeline.isDone() && !pipeline.isCompletedExceptionally() && gazetteer.getNow(null) == g
                ? pipeline.join() : null;
    }

    /**
     * The launch extraction if it came from the {@link ExtractionCache} and is already there, else null; never
     * waits (the FX thread shows it before the window's first frame). The first load still takes it over.
     */
    Extraction cachedNow() {
        if (!fromCache || paths == null || !extraction.isDone() || extraction.isCompletedExceptionally()) {
            return null;
        }
        return extraction.getNow(null);
    }

    /** The launch corpus's paths if already located, else null; never waits. */
    List<Path> pathsNow() {
        return paths == null || !paths.isDone() || paths.isCompletedExceptionally() ? null : paths.getNow(null);
    }

    /** The launch corpus's paths, once located (empty for an investigation). */
    java.util.concurrent.CompletionStage<List<Path>> pathsLater() {
        return paths == null ? CompletableFuture.completedFuture(List.of()) : paths.minimalCompletionStage();
    }

    /**
     * The launch extraction for the first load of exactly the launch paths (waits for it, its progress going to
     * {@code to}); null for any other load, or if the launch extraction failed (the load then runs as usual).
     */
    Extraction takeOver(List<Path> inputs, ProgressListener to) {
        if (paths == null || !paths.join().equals(inputs) || !taken.compareAndSet(false, true)) {
            return null;
        }
        progress = to;
        try {
            return extraction.join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
