package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.ui.review.ReviewViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell's menus as a user meets them: right-click menus that open and act, and the map following the filter. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ShellMenusTest {
    private AtlasWindow window;
    private LinkedViews linked;

    @Start
    void start(Stage stage) {
        FreshApp app = FreshApp.on(stage);
        window = app.window();
        linked = app.linked();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !linked.filter().summaryProperty().get().isEmpty()
                && !linked.filter().indexingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTablesRightClickMenuOpensAndMarksTheIncidentWrong(FxRobot robot) throws Exception {
        settle();
        Incident i3 = linked.table().table().getItems().stream().filter(i -> i.id().equals("i3")).findFirst()
                .orElseThrow();
        robot.interact(() -> linked.table().table().scrollTo(i3));
        Node row = robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == i3).queryAs(Node.class);
        robot.clickOn(row).clickOn(row, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = linked.table().table().getContextMenu();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText).contains("Mark as wrong",
                "Edit date…");
        robot.clickOn(".table-menu .mark-wrong");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linked.filter().shown().stream()
                .noneMatch(i -> i.id().equals("i3")));
        assertThat(linked.investigation().edits()).hasSize(1);
    }

    @Test
    void theReviewListsRightClickMenuOpensAndOpensTheSentence(FxRobot robot) throws Exception {
        settle();
        robot.clickOn(robot.lookup(".tab-label").match(n -> ((javafx.scene.control.Label) n).getText()
                .startsWith("Review")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.reviewList().getItems()).isNotEmpty();
        ReviewViewModel.Row first = linked.reviewList().getItems().get(0);
        Node cell = robot.lookup(".review-list .list-cell").match(n -> ((ListCell<?>) n).getItem() == first)
                .queryAs(Node.class);
        robot.clickOn(cell).clickOn(cell, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.reviewList().getContextMenu().isShowing()).isTrue();
        robot.clickOn(".review-menu .review-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.reader().getScene()).as("the reader opens beside the map").isNotNull();
    }

    @Test
    void aDeploymentOutsideTheTimeWindowIsHidden(FxRobot robot) throws Exception {
        settle();
        java.util.function.Supplier<Long> deployments = () -> window.map().symbolLayer().features().stream()
                .filter(f -> f.payload() instanceof Deployment).count();
        assertThat(deployments.get()).isEqualTo(1);
        // deployed "since 2018": a window before it hides the deployment, one after it keeps it
        robot.interact(() -> linked.filter().setWindow(new TimeWindow(LocalDate.of(2016, 1, 1),
                LocalDate.of(2017, 6, 30))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deployments.get()).isZero();
        robot.interact(() -> linked.filter().setWindow(new TimeWindow(LocalDate.of(2018, 6, 1),
                LocalDate.of(2020, 6, 30))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deployments.get()).isEqualTo(1);
    }
}
