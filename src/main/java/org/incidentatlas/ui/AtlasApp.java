package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.ui.map.CityLabel;

/**
 * The desktop app: opens the window on the sample corpus (or the paths given on the command line) and loads it
 * in the background. Offline by default: the basemap is drawn from {@code geodata/basemap}.
 */
public final class AtlasApp extends Application {
    /** The window's model: the standard one, or a test's. */
    private final java.util.function.Supplier<AtlasViewModel> models;
    /** The launch load whose corpus this window shows first: the app's own, or a test's; none gives null. */
    private final java.util.function.Supplier<LaunchLoad> launches;

    /** The app as {@code Application.launch} makes it: the standard model and the launch load {@link #launchApp} started. */
    public AtlasApp() {
        this(AtlasViewModel::standard, LaunchLoad::started);
    }

    /** The app over a given model and launch load (tests; {@link #start} then runs as for a launch without arguments). */
    AtlasApp(java.util.function.Supplier<AtlasViewModel> models, java.util.function.Supplier<LaunchLoad> launches) {
        this.models = models;
        this.launches = launches;
    }

    public static void launchApp(String[] args) {
        // Gazetteer and first corpus are on the critical path to the drawn corpus: read them while JavaFX starts
        // (Main starts this before the toolkit's natives are unpacked; a second call does nothing).
        LaunchLoad.start(args);
        Application.launch(AtlasApp.class, args);
    }

    /** Logs how long after JVM start the basemap and then the corpus were first drawn (benchmarks read it). */
    private static void logLaunchTimes(AtlasWindow window) {
        System.Logger log = System.getLogger(AtlasApp.class.getName());
        long jvmStart = LaunchTimeline.jvmStart();
        org.incidentatlas.ui.map.OfflineTileRetriever.firstTile().thenRun(() -> javafx.application.Platform.runLater(
                () -> {
                    LaunchTimeline.mark("first basemap tile");
                    log.log(System.Logger.Level.INFO, "first basemap tile drawn {0} ms after launch",
                            System.currentTimeMillis() - jvmStart);
                }));
        window.model().extractionProperty().addListener((o, a, x) -> {
            LaunchTimeline.mark("results applied");
            // the frame that draws them: its layout pass done (rendering follows on the renderer thread)
            FrameSteps.run(window.getScene(), List.of(() -> LaunchTimeline.mark("corpus frame")));
        });
        boolean[] logged = {false};
        Runnable drawn = () -> {
            LaunchTimeline.mark("corpus drawn"); // unless marked in the frame's pulse already (below)
            // the launch's draw at its mark (which may be that frame's pulse); a later corpus's when it is drawn
            long now = logged[0] ? System.currentTimeMillis() : LaunchTimeline.at("corpus drawn");
            logged[0] = true;
            // the epoch lets a script check the figure against its own clock (src/scripts/launch-time)
            log.log(System.Logger.Level.INFO, "corpus drawn " + (now - jvmStart) + " ms after launch (epoch "
                    + now + "; " + window.model().statusProperty().get() + ")");
            logTimeline();
        };
        if (window.model().extraction() != null) {
            // already in the first frame (a cached launch): drawn once that frame's layout pass is done, marked in
            // that pulse (not after the work already queued for the next frame, such as the first pane put in)
            FrameSteps.afterLayout(window.getScene(), () -> {
                LaunchTimeline.mark("corpus frame");
                LaunchTimeline.mark("corpus drawn");
            }, drawn);
        }
        window.model().extractionProperty().addListener((o, a, x) -> javafx.application.Platform.runLater(drawn));
    }

    /** The timeline line, once the corpus is drawn and every pane is in (whichever comes last; FX thread). */
    private static void logTimeline() {
        if (LaunchTimeline.reached("corpus drawn") && LaunchTimeline.reached(ALL_PANES)
                && TIMELINE_LOGGED.compareAndSet(false, true)) {
            System.getLogger(AtlasApp.class.getName()).log(System.Logger.Level.INFO, LaunchTimeline.summary());
            LaunchLoad.drawn(); // the work put off until the first draw (the gazetteer after a cached launch)
        }
    }

    private static final String ALL_PANES = "all panes in";
    private static final java.util.concurrent.atomic.AtomicBoolean TIMELINE_LOGGED =
            new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public void start(Stage stage) {
        LaunchTimeline.markToolkitUp();
        if (getParameters() != null) { // the app's own launch, not a test's window
            PrismChoice.rememberRunning();
        }
        AtlasWindow window = new AtlasWindow(models.get());
        LaunchTimeline.mark("window built");
        // issue 5: timeline, table, facets, search, investigation and data export around the map; issue 12: the
        // window is first shown with the map alone in its frame, the other panes put in one per frame after it
        LinkedViews linked = LinkedViews.mountFrame(window, AppEnvironment.standard());
        LaunchTimeline.mark("views mounted");
        stage.setOnHidden(e -> linked.investigation().close());
        stage.titleProperty().bind(window.model().titleProperty());
        Scene scene = new Scene(window, 1280, 820);
        stage.setScene(scene);
        // no parameters when a test starts the app by hand (new AtlasApp().start(stage))
        List<Path> paths = getParameters() == null ? List.of()
                : getParameters().getUnnamed().stream().map(Path::of).toList();
        if (paths.isEmpty()) {
            // issue 12: a launch corpus already taken from the extraction cache is in the first frame (not an
            // empty map first); otherwise its results are applied when they come, as before
            if (window.model().showLaunchNow(launches.get())) {
                LaunchTimeline.mark("results applied");
            }
        }
        stage.show();
        LaunchTimeline.mark("window shown");
        linked.addPanes(scene, () -> {
            LaunchTimeline.mark(ALL_PANES);
            logTimeline();
        });
        logLaunchTimes(window);
        if (paths.size() == 1 && isInvestigation(paths.get(0))) {
            // java -jar incident-atlas.jar case.investigation.json: its corpus, edits and screen (or its recovery)
            linked.open(paths.get(0));
        } else {
            LaunchLoad launch = launches.get();
            if (paths.isEmpty() && launch != null) {
                window.model().load(launch.pathsLater()); // the sample corpus, located by the launch load
            } else {
                window.model().load(paths.isEmpty() ? AtlasWindow.sampleCorpus() : paths);
            }
            linked.offerRecoveryAtStart();
        }
        showCityLabels(window);
    }

    /** A JSON file that says it is an investigation (its first 4 KB name the format); an article folder is not. */
    static boolean isInvestigation(Path p) {
        return LaunchLoad.isInvestigation(p);
    }

    /**
     * Basemap city names from the gazetteer the first load reads anyway (not a second read of the place table):
     * chosen on a background thread once it is loaded, then handed to the map on the FX thread.
     */
    private static void showCityLabels(AtlasWindow window) {
        window.model().gazetteer().thenApplyAsync(CityLabel::from, r -> {
            Thread t = new Thread(r, "city-labels");
            t.setDaemon(true);
            t.start();
        }).whenComplete((labels, error) -> {
            if (error != null) {
                System.getLogger(AtlasApp.class.getName()).log(System.Logger.Level.WARNING,
                        "city labels unavailable: " + error.getMessage());
            } else {
                Platform.runLater(() -> window.map().labelLayer().setLabels(labels));
            }
        });
    }
}
