package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.incidentatlas.model.Extraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A launch whose corpus is in the extraction cache (issue 12): the app's start applies it before the window is shown,
 * so the window's first frame already holds it (the status counts, the incidents on the map), and the first load,
 * which only takes it over, shows no loading indicator at any time.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CachedLaunchFrameTest {
    @TempDir
    Path settings;
    @TempDir
    Path corpus;

    @Start
    void start(Stage stage) {
        // the app makes its own window (below)
    }

    @Test
    void aCachedLaunchCorpusIsInTheFirstFrameAndNoLoadingIndicatorShows(FxRobot robot) throws Exception {
        Files.writeString(corpus.resolve("one.txt"), "Shelling near a made-up town\n\nA made-up report of shelling.\n");
        List<Path> paths = List.of(corpus);
        ExtractionCache cache = new ExtractionCache(settings, "test engine");
        Extraction made = SyntheticExtraction.extraction();
        // without its load error: a corpus with errors is never kept
        cache.keep(paths, new Extraction(made.articles(), made.mentions(), made.incidents(), made.deployments(),
                List.of()));
        assertThat(cache.find(paths)).as("kept").isPresent();
        // the launch load's own thread reads the entry, as while the toolkit starts; the window is built once it is in
        LaunchLoad launch = LaunchLoad.cachedOnly(paths, cache);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> launch.cachedNow() != null);
        Extraction cached = launch.cachedNow();

        CountDownLatch takenOver = new CountDownLatch(1);
        AtlasViewModel model = new AtlasViewModel((p, progress) -> {
            Extraction x = launch.takeOver(p, progress);
            takenOver.countDown();
            return x;
        }, r -> {
            Thread t = new Thread(r, "corpus-loader");
            t.setDaemon(true);
            t.start();
        });
        List<Boolean> loading = new CopyOnWriteArrayList<>();
        model.loadingProperty().addListener((o, was, now) -> loading.add(now));
        String[] firstFrameStatus = new String[1];
        int[] firstFramePoints = {-1};
        boolean[] firstFrameProgress = new boolean[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            new AtlasApp(() -> model, () -> launch).start(stage[0]);
            Scene scene = stage[0].getScene();
            AtlasWindow window = (AtlasWindow) scene.getRoot();
            // what the first frame holds, read right after its layout pass
            FrameSteps.afterLayout(scene, () -> {
                firstFrameStatus[0] = ((Label) scene.lookup(".status-line")).getText();
                firstFramePoints[0] = window.map().symbolLayer().features().size();
                firstFrameProgress[0] = scene.lookup(".load-progress") != null;
            }, () -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstFramePoints[0] >= 0);
        assertThat(firstFrameStatus[0]).isEqualTo(AtlasViewModel.statusLine(cached)).contains("incidents");
        assertThat(firstFramePoints[0]).as("incidents on the map in the first frame").isPositive();
        assertThat(firstFrameProgress[0]).as("no progress pane in the first frame").isFalse();

        // the first load takes the launch extraction over on its own thread, and leaves the window as it was
        assertThat(takenOver.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loading).as("the loading indicator never shown").doesNotContain(true);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(robot.lookup(".load-progress").tryQuery()).isEmpty();
        assertThat(model.extraction()).isSameAs(cached);
        assertThat(model.statusProperty().get()).isEqualTo(AtlasViewModel.statusLine(cached));
        robot.interact(() -> stage[0].hide());
    }

    @Test
    void anOrdinaryLoadStillShowsTheLoadingIndicator(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtlasViewModel model = new AtlasViewModel((p, progress) -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SyntheticExtraction.extraction();
        }, r -> {
            Thread t = new Thread(r, "corpus-loader");
            t.setDaemon(true);
            t.start();
        });
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new AtlasWindow(model), 900, 600));
            stage[0].show();
            model.load(List.of(corpus));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(robot.lookup(".load-progress").tryQuery()).isPresent().get()
                .matches(javafx.scene.Node::isVisible, "visible");
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".load-progress").query().isVisible()).isFalse();
        robot.interact(() -> stage[0].hide());
    }
}
