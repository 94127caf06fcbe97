package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app: opens the window on the sample corpus (or the paths given on the command line) and loads it
 * in the background. Offline by default: the basemap is drawn from {@code geodata/basemap}.
 */
public final class AtlasApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    /** Logs how long after JVM start the basemap and then the corpus were first drawn (benchmarks read it). */
    private static void logLaunchTimes(AtlasWindow window) {
        System.Logger log = System.getLogger(AtlasApp.class.getName());
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        org.incidentatlas.ui.map.OfflineTileRetriever.firstTile().thenRun(() -> javafx.application.Platform.runLater(
                () -> log.log(System.Logger.Level.INFO, "first basemap tile drawn {0} ms after launch",
                        System.currentTimeMillis() - jvmStart)));
        window.model().extractionProperty().addListener((o, a, x) -> javafx.application.Platform.runLater(
                () -> log.log(System.Logger.Level.INFO, "corpus drawn {0} ms after launch ({1})",
                        System.currentTimeMillis() - jvmStart, window.model().statusProperty().get())));
    }

    @Override
    public void start(Stage stage) {
        AtlasWindow window = new AtlasWindow(AtlasViewModel.standard());
        // issue 5: timeline, table, facets, search, investigation and data export around the map
        LinkedViews linked = LinkedViews.mount(window);
        stage.setOnHidden(e -> linked.investigation().flush());
        stage.titleProperty().bind(window.model().titleProperty());
        stage.setScene(new Scene(window, 1280, 820));
        stage.show();
        logLaunchTimes(window);
        List<Path> paths = getParameters().getUnnamed().stream().map(Path::of).toList();
        window.model().load(paths.isEmpty() ? AtlasWindow.sampleCorpus() : paths);
        Thread labels = new Thread(() -> {
            var list = org.incidentatlas.ui.map.CityLabelReader.loadDefault();
            javafx.application.Platform.runLater(() -> window.map().labelLayer().setLabels(list));
        }, "city-labels");
        labels.setDaemon(true);
        labels.start();
    }
}
