package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.ui.source.EvidencePopupView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A popup opened at each edge and corner of the map is drawn fully inside it, and above the legend. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PopupEdgeTest {
    private MapPaneView pane;

    @Start
    void start(Stage stage) {
        pane = new MapPaneView();
        stage.setScene(new Scene(pane, 640, 420));
        stage.show();
        pane.map().fitTo(new double[] {38, 29, 49, 38});
    }

    @ParameterizedTest(name = "anchor at {0},{1} of the view")
    @CsvSource(textBlock = """
            0.5,  0.5
            0.01, 0.5
            0.99, 0.5
            0.5,  0.01
            0.5,  0.99
            0.01, 0.01
            0.99, 0.01
            0.01, 0.99
            0.99, 0.99
            """)
    void aPopupAtAnEdgeIsFullyVisible(double fx, double fy, FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> pane.map().viewport() != null);
        Node[] popup = new Node[1];
        robot.interact(() -> {
            MapViewport v = pane.map().viewport();
            popup[0] = EvidencePopupView.forList("Six events at a place with a rather long name that must wrap "
                            + "inside the callout rather than overflow it",
                    List.of("Battles — first", "Battles — second", "Protests — third", "Riots — fourth",
                            "Explosions — fifth", "Attack — sixth"), k -> { }, () -> { });
            pane.map().popupLayer().show(popup[0], v.latAt(fy * v.height()), v.lonAt(fx * v.width()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds map = pane.map().localToScene(pane.map().getLayoutBounds());
        Bounds p = popup[0].localToScene(popup[0].getLayoutBounds());
        assertThat(p.getWidth()).isGreaterThan(100);
        assertThat(p.getHeight()).isGreaterThan(60);
        assertThat(p.getMinX()).isGreaterThanOrEqualTo(map.getMinX());
        assertThat(p.getMinY()).isGreaterThanOrEqualTo(map.getMinY());
        assertThat(p.getMaxX()).isLessThanOrEqualTo(map.getMaxX());
        assertThat(p.getMaxY()).isLessThanOrEqualTo(map.getMaxY());
        assertThat(pane.map().popupLayer().popupFullyVisible()).isTrue();
        // Drawn above the legend: the popup layer comes after the decorations in the map's children.
        List<Node> layers = pane.map().mapView().getChildrenUnmodifiable();
        assertThat(layers.indexOf(pane.map().popupLayer())).isGreaterThan(layers.indexOf(pane.map().decorations()));
        // The title wraps inside the callout.
        javafx.scene.control.Label title = (javafx.scene.control.Label) popup[0].lookup(".popup-title");
        Bounds t = title.localToScene(title.getLayoutBounds());
        assertThat(t.getMaxX()).isLessThanOrEqualTo(p.getMaxX());
    }
}
