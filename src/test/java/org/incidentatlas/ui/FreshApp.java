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
 * A second app in the same test: a new window with new models over the synthetic extraction, sharing nothing with
 * the first but the investigation file it is asked to open.
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

    /** Starts a fresh app, waits for its seven incidents, then opens {@code file} in it. */
    static FreshApp opening(FxRobot robot, Path file) throws Exception {
        AtlasWindow[] w = new AtlasWindow[1];
        LinkedViews[] v = new LinkedViews[1];
        robot.interact(() -> {
            AtlasViewModel m = new AtlasViewModel((p, pr) -> SyntheticExtraction.extraction(), Runnable::run);
            w[0] = new AtlasWindow(m);
            v[0] = LinkedViews.mount(w[0]);
            Stage s = new Stage();
            s.setScene(new Scene(w[0], 1200, 780));
            s.show();
            m.load(List.of());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> v[0].filter().shown().size() == 7);
        robot.interact(() -> v[0].open(file));
        return new FreshApp(w[0], v[0]);
    }

    void close(FxRobot robot) {
        robot.interact(() -> window.getScene().getWindow().hide());
    }
}
