package org.incidentatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;

/**
 * The app's state, apart from controls: the current extraction, loading progress, the status line, load
 * problems, rejected mentions and unpinned incidents. Loading runs as a {@link Task} on the given executor so
 * the FX thread never waits; tests pass their own loader and executor.
 */
public final class AtlasViewModel {
    /** Turns input paths into an extraction, reporting progress. */
    public interface Loader extends BiFunction<List<Path>, ProgressListener, Extraction> {
        /**
         * Completes with the gazetteer this loader extracts with, once it is loaded (on the loader's thread); never,
         * for a loader without one (tests).
         */
        default CompletionStage<Gazetteer> gazetteer() {
            return new CompletableFuture<>();
        }
    }

    private final Loader loader;
    private final Executor executor;
    private final ObjectProperty<Extraction> extraction = new SimpleObjectProperty<>(this, "extraction");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "No articles loaded");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<PlaceMention> rejected = FXCollections.observableArrayList();
    private final ObservableList<Incident> unpinned = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", "Incident Atlas");
    /** The paths the shown extraction was read from (the investigation file records them). */
    private List<Path> inputs = List.of();
    /** Loads started so far; only the latest one's result is shown. */
    private int loads;
    /** Whether {@link #showLaunchNow} showed the launch corpus and its load has not started yet. */
    private boolean launchShown;

    public AtlasViewModel(Loader loader, Executor executor) {
        this.loader = loader;
        this.executor = executor;
    }

    /**
     * The standard pipeline over the shipped gazetteer, on a background daemon thread. The gazetteer is loaded on
     * the first load only (on that background thread) and kept for every File → Open after it; when the app's
     * {@link LaunchLoad} runs, its gazetteer, pipeline and first extraction are taken over.
     */
    public static AtlasViewModel standard() {
        return new AtlasViewModel(new StandardLoader(AtlasViewModel::shippedGazetteer, true,
                ExtractionCache.standard().orElse(null)), r -> {
            Thread t = new Thread(r, "corpus-loader");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The shipped gazetteer: the launch load's once it ran, else read now. */
    private static Gazetteer shippedGazetteer() throws java.io.IOException {
        LaunchLoad launch = LaunchLoad.started();
        Gazetteer g = launch == null ? null : launch.gazetteer();
        return g != null ? g : GazetteerLoader.loadDefault();
    }

    /** The launch load's standard pipeline if it runs over {@code g}, else a new one. */
    private static Pipeline standardPipeline(Gazetteer g) {
        LaunchLoad launch = LaunchLoad.started();
        Pipeline p = launch == null ? null : launch.pipelineOver(g);
        return p != null ? p : Pipeline.standard(g);
    }

    /**
     * The gazetteer the extractions are made with, once loaded: the basemap's city labels come from it, so the
     * place table is read once. Completes on the loader's thread; never for a loader without a gazetteer.
     */
    public CompletionStage<Gazetteer> gazetteer() {
        return loader.gazetteer();
    }

    /** The standard pipeline over a gazetteer loaded on the first call and kept. */
    static final class StandardLoader implements Loader {
        /** Reads the gazetteer; may throw IOException. */
        interface GazetteerSource {
            Gazetteer load() throws java.io.IOException;
        }

        private final GazetteerSource source;
        /** Whether this loader takes over the app's {@link LaunchLoad} (the app's own loader only). */
        private final boolean launch;
        private final CompletableFuture<Gazetteer> loaded = new CompletableFuture<>();
        /** The last extractions of recently opened corpora; null for none. */
        private final ExtractionCache cache;
        private Pipeline pipeline;

        StandardLoader(GazetteerSource source) {
            this(source, false, null);
        }

        StandardLoader(GazetteerSource source, boolean launch, ExtractionCache cache) {
            this.source = source;
            this.launch = launch;
            this.cache = cache;
        }

        /** Loads the gazetteer on a daemon thread (for city names, corrections, the next extraction), if not yet. */
        private void pipelineLater(LaunchLoad early) {
            Runnable r = () -> {
                try {
                    pipeline();
                } catch (java.io.IOException | RuntimeException e) {
                    System.getLogger(AtlasViewModel.class.getName()).log(System.Logger.Level.WARNING,
                            "gazetteer could not be loaded: " + e.getMessage());
                }
            };
            if (early != null) {
                early.afterDrawn("gazetteer-after-draw", r);
            } else if (!loaded.isDone()) {
                Thread t = new Thread(r, "gazetteer-load");
                t.setDaemon(true);
                t.start();
            }
        }

        private synchronized Pipeline pipeline() throws java.io.IOException {
            if (pipeline == null) {
                Gazetteer g = source.load();
                pipeline = standardPipeline(g);
                loaded.complete(g);
            }
            return pipeline;
        }

        @Override
        public Extraction apply(List<Path> paths, ProgressListener progress) {
            try {
                if (ResultsOpener.isResults(paths)) {
                    pipeline(); // the gazetteer still names the basemap's cities
                    return ResultsOpener.read(paths.get(0), progress);
                }
                LaunchLoad early = launch ? LaunchLoad.started() : null;
                Extraction x = early == null ? null : early.takeOver(paths, progress);
                if (x != null && early.fromCache()) {
                    pipelineLater(early); // drawn first; the gazetteer after
                    return x;
                }
                if (x != null) {
                    pipeline(); // the gazetteer it was made with, for the basemap's city names
                    return x;
                }
                Extraction kept = cache == null ? null : cache.find(paths).orElse(null);
                if (kept != null) {
                    pipelineLater(null);
                    return kept;
                }
                Extraction run = pipeline().run(paths, progress);
                if (cache != null) {
                    // written beside, so the results are shown without waiting for it
                    Thread t = new Thread(() -> cache.keep(paths, run), "extraction-cache-write");
                    t.setDaemon(true);
                    t.start();
                }
                return run;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("gazetteer could not be loaded: " + e.getMessage(), e);
            }
        }

        @Override
        public CompletionStage<Gazetteer> gazetteer() {
            return loaded.minimalCompletionStage();
        }
    }

    /** Loads paths in the background; the result replaces the current extraction when done. */
    public Task<Extraction> load(List<Path> paths) {
        return load(CompletableFuture.completedFuture(List.copyOf(paths)));
    }

    /**
     * Loads paths that are known later (the launch corpus, located off the FX thread); waits for them in the
     * background, never on the FX thread.
     */
    Task<Extraction> load(CompletionStage<List<Path>> later) {
        java.util.concurrent.atomic.AtomicReference<List<Path>> inputs =
                new java.util.concurrent.atomic.AtomicReference<>(List.of());
        int generation = ++loads;
        Task<Extraction> task = new Task<>() {
            @Override
            protected Extraction call() {
                inputs.set(List.copyOf(later.toCompletableFuture().join()));
                return read(inputs.get());
            }

            private Extraction read(List<Path> inputs) {
                updateMessage("Reading " + describe(inputs) + " …");
                return loader.apply(inputs, (done, total, what) -> {
                    updateProgress(done, total);
                    updateMessage("Extracting " + done + "/" + total + ": " + what);
                });
            }
        };
        if (launchShown) {
            // the launch corpus is on screen already and this load only takes it over: no loading indicator (issue 12)
            launchShown = false;
        } else {
            loading.set(true);
            progress.bind(task.progressProperty());
            progressText.bind(task.messageProperty());
        }
        // a load started later wins, whichever finishes first (an investigation opened while the sample loads)
        task.setOnSucceeded(e -> {
            if (generation == loads) {
                finish(task, inputs.get(), task.getValue(), null);
            }
        });
        task.setOnFailed(e -> {
            if (generation == loads) {
                finish(task, inputs.get(), null, task.getException());
            }
        });
        executor.execute(task);
        return task;
    }

    private void finish(Task<Extraction> task, List<Path> inputs, Extraction x, Throwable error) {
        LaunchTimeline.mark("results arrived");
        progress.unbind();
        progressText.unbind();
        loading.set(false);
        if (error != null) {
            problems.setAll("error: " + describe(inputs) + ": " + error.getMessage());
            status.set("Loading failed: " + error.getMessage());
            return;
        }
        title.set("Incident Atlas — " + describe(inputs));
        this.inputs = inputs;
        if (x != extraction.get()) { // the launch corpus shown before the first frame arrives here again
            setExtraction(x);
        }
    }

    /**
     * Shows the launch corpus at once if the launch load took it from the extraction cache and it is already there
     * (FX thread, before the window's first frame; never waits); the first load of it then only confirms it, without
     * a loading indicator. Whether it was shown.
     */
    boolean showLaunchNow(LaunchLoad early) {
        Extraction x = early == null ? null : early.cachedNow();
        List<Path> p = early == null ? null : early.pathsNow();
        if (x == null || p == null || extraction.get() != null) {
            return false;
        }
        title.set("Incident Atlas — " + describe(p));
        this.inputs = p;
        setExtraction(x);
        launchShown = true;
        return true;
    }

    /** Shows an extraction (also used directly by tests and the snapshot). */
    public void setExtraction(Extraction x) {
        List<String> probs = new ArrayList<>();
        for (LoadProblem p : x.realProblems()) {
            probs.add(p.toString());
        }
        for (LoadProblem p : x.notes()) { // how articles were read ("title taken from the first line"): "note: …"
            probs.add(p.toString());
        }
        problems.setAll(probs);
        rejected.setAll(x.mentions().stream().filter(m -> m.status() == MentionStatus.REJECTED).toList());
        unpinned.setAll(x.incidents().stream().filter(i -> !i.isPinned()).toList());
        status.set(statusLine(x));
        extraction.set(x);
    }

    /** "N incidents, M places, K articles; J rejected". */
    public static String statusLine(Extraction x) {
        long places = x.mentions().stream().filter(PlaceMention::isResolved).map(m -> m.place().id()).distinct().count();
        long rejected = x.mentions().stream().filter(m -> m.status() == MentionStatus.REJECTED).count();
        return plural(x.incidents().size(), "incident") + ", " + plural(places, "place") + ", "
                + plural(x.articles().size(), "article") + "; " + rejected + " rejected";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String describe(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return "nothing";
        }
        Path first = inputs.get(0).getFileName() != null ? inputs.get(0).getFileName() : inputs.get(0);
        return inputs.size() == 1 ? first + (Files.isDirectory(inputs.get(0)) ? "/" : "")
                : first + " and " + (inputs.size() - 1) + " more";
    }

    /** The paths of the last successful load (empty before one, or when an extraction was set directly). */
    public List<Path> inputs() {
        return inputs;
    }

    public ObjectProperty<Extraction> extractionProperty() {
        return extraction;
    }

    public Extraction extraction() {
        return extraction.get();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<PlaceMention> rejected() {
        return rejected;
    }

    public ObservableList<Incident> unpinned() {
        return unpinned;
    }
}
