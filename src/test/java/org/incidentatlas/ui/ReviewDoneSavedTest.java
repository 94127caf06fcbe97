package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.incidentatlas.ui.investigation.InvestigationViewModel;
import org.incidentatlas.ui.review.ReviewViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review items marked done are part of the investigation: saved with it, shown done again when it is reopened in a
 * fresh window (the corpus loaded and indexed on real threads, as in the app), and undone from there.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewDoneSavedTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private FreshApp app(Stage s) {
        AppEnvironment env = AppEnvironment.standard().withSettingsFolder(dir.resolve("settings"));
        AtlasViewModel m = new AtlasViewModel((p, pr) -> SyntheticExtraction.extraction(),
                AppEnvironment.daemonThreads("test-loader"));
        AtlasWindow w = new AtlasWindow(m);
        LinkedViews v = LinkedViews.mount(w, env);
        s.setScene(new Scene(w, 1200, 780));
        s.show();
        m.load(List.of());
        return new FreshApp(w, v);
    }

    private static void reviewRowsShown(FreshApp app) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.linked().reviewList().getItems().size() > 1
                && !app.linked().filter().indexingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> doneKeys(FreshApp app) {
        return app.linked().reviewList().getItems().stream().filter(ReviewViewModel.Row::done)
                .map(ReviewViewModel.Row::key).toList();
    }

    private static String reviewTabTitle(FreshApp app) {
        return app.linked().reviewTab().getText();
    }

    /** The Review tab brought to the front, row {@code index} selected, the key D typed into the list. */
    private static void pressD(FxRobot robot, FreshApp app, int index) {
        robot.interact(() -> {
            // choosing the tab puts the review list into it (LinkedViews builds it on first use)
            TabPane tabs = app.linked().reviewTab().getTabPane();
            tabs.getSelectionModel().select(app.linked().reviewTab());
            app.window().getScene().getWindow().requestFocus();
            app.linked().reviewList().getSelectionModel().select(index);
            app.linked().reviewList().requestFocus();
        });
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void doneMarksAreSavedAndComeBackDoneWhenTheInvestigationIsReopened(FxRobot robot) throws Exception {
        FreshApp[] first = new FreshApp[1];
        robot.interact(() -> first[0] = app(stage));
        reviewRowsShown(first[0]);
        int rows = first[0].linked().reviewList().getItems().size();
        String before = reviewTabTitle(first[0]);
        assertThat(before).isEqualTo("Review (" + rows + " left)");

        // the analyst selects the first item in the Review list and presses D
        String key = first[0].linked().reviewList().getItems().get(0).key();
        pressD(robot, first[0], 0);
        assertThat(doneKeys(first[0])).containsExactly(key);
        assertThat(reviewTabTitle(first[0])).isEqualTo("Review (" + (rows - 1) + " left)");
        assertThat(first[0].linked().investigation().stateProperty().get())
                .isEqualTo(InvestigationViewModel.State.DIRTY);

        Path file = dir.resolve("case.investigation.json");
        FreshApp.save(robot, first[0].linked(), file);
        first[0].close(robot);
        assertThat(Files.readString(file)).contains("\"review_done\"");
        assertThat(new org.incidentatlas.io.InvestigationReader().read(file).reviewDone()).containsExactly(key);

        // a fresh window, new models, its corpus loaded on another thread; nothing shared but the file
        FreshApp[] second = new FreshApp[1];
        robot.interact(() -> second[0] = app(new Stage()));
        reviewRowsShown(second[0]);
        assertThat(doneKeys(second[0])).isEmpty();
        robot.interact(() -> second[0].linked().open(file));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> doneKeys(second[0]).equals(List.of(key))
                && second[0].linked().investigation().stateProperty().get() == InvestigationViewModel.State.CLEAN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reviewTabTitle(second[0])).isEqualTo("Review (" + (rows - 1) + " left)");
        List<ReviewViewModel.Row> items = second[0].linked().reviewList().getItems();
        assertThat(items.get(items.size() - 1).key()).isEqualTo(key); // done items go to the end

        // undo in the reopened window: the item is open again and the investigation has unsaved work
        pressD(robot, second[0], items.size() - 1);
        assertThat(doneKeys(second[0])).isEmpty();
        assertThat(second[0].linked().investigation().stateProperty().get())
                .isEqualTo(InvestigationViewModel.State.DIRTY);
        second[0].close(robot);
    }
}
