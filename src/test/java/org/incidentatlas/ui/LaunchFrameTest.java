package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.incidentatlas.ui.filter.FacetPanelView;
import org.incidentatlas.ui.table.ArticleListView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The launch's window (issue 12): shown with the map in its frame first, the facet panel, timeline and tabs put in
 * frame by frame after it, each showing what was loaded meanwhile; the Articles and Review lists built when their
 * tab is first chosen.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LaunchFrameTest {
    private AtlasWindow window;
    private LinkedViews linked;
    private Stage stage;
    private boolean panesInAtShow;
    private final boolean[] done = new boolean[1];

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AtlasViewModel m = new AtlasViewModel((p, pr) -> SyntheticExtraction.extraction(), Runnable::run);
        window = new AtlasWindow(m);
        linked = LinkedViews.mountFrame(window, AppEnvironment.standard());
        Scene scene = new Scene(window, 1200, 780);
        stage.setScene(scene);
        stage.show();
        panesInAtShow = linked.table().getScene() != null || linked.timeline().getScene() != null;
        m.load(List.of()); // the results arrive before the panes are in (the loader runs on this thread)
        linked.addPanes(scene, () -> done[0] = true);
    }

    @Test
    void theMapIsShownFirstAndThePanesFollowWithTheResults(FxRobot robot) throws Exception {
        assertThat(panesInAtShow).as("the first frame holds the map, not the table or timeline").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> done[0]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linked.filter().shown().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.table().getScene()).isSameAs(stage.getScene());
        assertThat(linked.timeline().getScene()).isSameAs(stage.getScene());
        assertThat(robot.lookup(".facet-panel").queryAs(FacetPanelView.class)).isNotNull();
        assertThat(robot.lookup(".facet-entry").queryAll()).isNotEmpty();
        assertThat(linked.table().table().getItems()).hasSize(7);
        assertThat(window.map().symbolLayer().features()).isNotEmpty();
    }

    @Test
    void theArticleAndReviewListsAreBuiltWhenTheirTabIsChosen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> done[0]);
        TabPane tabs = linked.reviewTab().getTabPane();
        Tab articles = tabs.getTabs().stream().filter(t -> t.getText().equals("Articles")).findFirst().orElseThrow();
        assertThat(articles.getContent()).isNull();
        assertThat(linked.reviewTab().getContent()).isNull();
        assertThat(linked.reviewList().getItems()).as("the review list follows its model before").isNotEmpty();
        robot.clickOn(robot.lookup(".tab-label").match(n -> ((javafx.scene.control.Label) n).getText()
                .equals("Articles")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(articles.getContent()).isInstanceOf(ArticleListView.class);
        assertThat(((ArticleListView) articles.getContent()).getItems()).isNotEmpty();
        robot.clickOn(robot.lookup(".tab-label").match(n -> ((javafx.scene.control.Label) n).getText()
                .startsWith("Review")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.reviewTab().getContent()).isSameAs(linked.reviewList());
        assertThat(linked.reviewList().getScene()).isSameAs(stage.getScene());
    }
}
