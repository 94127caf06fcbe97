package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.map.MapViewport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing one event in the popup of a place with several selects its row in the table. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MultiEventPopupTest {
    private AtlasWindow window;
    private LinkedViews linked;

    @Start
    void start(Stage stage) {
        FreshApp app = FreshApp.on(stage);
        window = app.window();
        linked = app.linked();
    }

    @Test
    void choosingAnEventInAMultiEventPopupSelectsItsTableRow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> linked.filter().shown().size() == 7
                && window.map().viewport() != null);
        // Two incidents (i1, i7) at Baghdad: zoom there so that they are one spot, then click it.
        robot.interact(() -> window.map().flyTo(SyntheticExtraction.BAGHDAD.lat(), SyntheticExtraction.BAGHDAD.lon(),
                8));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport v = window.map().viewport();
        Point2D at = window.map().localToScreen(v.screenX(SyntheticExtraction.BAGHDAD.lon()),
                v.screenY(SyntheticExtraction.BAGHDAD.lat()));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink entry = robot.lookup(".spot-entry").match(n -> ((Hyperlink) n).getText().startsWith("Attack"))
                .queryAs(Hyperlink.class);
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        Incident chosen = linked.selection().selected();
        assertThat(chosen).isNotNull();
        assertThat(chosen.id()).isEqualTo("i7");
        assertThat(linked.table().table().getSelectionModel().getSelectedItem()).isSameAs(chosen);
    }
}
