package org.incidentatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An app in a test: a window with its linked views and new models over the synthetic extraction; a second one
 * shares nothing with the first but the investigation file it is asked to open.
 */
record FreshApp(AtlasWindow window, LinkedViews linked) {
    /** Saves the first app's investigation to {@code file} on the FX thread. */
    static void save(FxRobot robot, LinkedViews linked, Path file) {
        robot.interact(() -> {
            try {
                linked.save(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The window with its linked views on the synthetic extraction, shown in {@code stage} (FX thread). */
    static FreshApp on(Stage stage) {
        return on(stage, AppEnvironment.standard(), Runnable::run, true);
    }

    /**
     * The window as the app builds it, with the given environment and loader executor (a real thread makes the
     * load, the index and autosave race as they do in the app); {@code load}: start loading the synthetic corpus.
     */
    static FreshApp on(Stage stage, AppEnvironment env, java.util.concurrent.Executor loader, boolean load) {
        AtlasViewModel m = new AtlasViewModel((p, pr) -> SyntheticExtraction.extraction(), loader);
        AtlasWindow w = new AtlasWindow(m);
        LinkedViews v = LinkedViews.mount(w, env);
        stage.setScene(new Scene(w, 1200, 780));
        stage.show();
        if (load) {
            m.load(List.of());
        }
        return new FreshApp(w, v);
    }

    /** Starts a fresh app, waits for its seven incidents, then opens {@code file} in it. */
    static FreshApp opening(FxRobot robot, Path file) throws Exception {
        FreshApp[] app = new FreshApp[1];
        robot.interact(() -> app[0] = on(new Stage()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app[0].linked().filter().shown().size() == 7);
        robot.interact(() -> app[0].linked().open(file));
        return app[0];
    }

    /** Closes the window as the app does: hidden, then the investigation closed (last autosave, timer stopped). */
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.getScene().getWindow().hide();
            linked.investigation().close();
        });
    }
}
