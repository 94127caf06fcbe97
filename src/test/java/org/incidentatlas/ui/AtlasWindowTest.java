package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.incidentatlas.ui.map.MapViewport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): click an incident, read its evidence, open the article, pan, zoom. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AtlasWindowTest {
    private static final String BAGHDAD_SENTENCE =
            "On 3 January 2020 a US drone strike near Baghdad airport killed the commander of the Quds Force.";
    private AtlasWindow window;

    @Start
    void start(Stage stage) {
        AtlasViewModel model = new AtlasViewModel((paths, progress) -> SyntheticExtraction.extraction(), Runnable::run);
        window = new AtlasWindow(model);
        stage.setScene(new Scene(window, 1100, 750));
        stage.show();
        model.load(List.of());
    }

    private MapViewport settledViewport(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.map().viewport();
    }

    private Point2D screenPoint(FxRobot robot, double lat, double lon) {
        MapViewport v = settledViewport(robot);
        return window.map().localToScreen(v.screenX(lon), v.screenY(lat));
    }

    private static String text(Node flow) {
        return ((TextFlow) flow).getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void clickingBaghdadQuotesTheSourceSentenceAndOpensTheArticleAtIt(FxRobot robot) throws Exception {
        assertThat(window.model().statusProperty().get())
                .isEqualTo("7 incidents, 6 places, 2 articles; 1 rejected");
        robot.clickOn(screenPoint(robot, SyntheticExtraction.BAGHDAD.lat(), SyntheticExtraction.BAGHDAD.lon()));
        WaitForAsyncUtils.waitForFxEvents();
        // Two events share Baghdad: the callout lists them; the first is the drone strike.
        robot.clickOn(robot.lookup(".spot-entry").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node quote = robot.lookup(".evidence-quote").query();
        assertThat(text(quote)).isEqualTo(BAGHDAD_SENTENCE);
        assertThat(robot.lookup(".mark-place").queryAllAs(Text.class)).extracting(Text::getText).contains("Baghdad");
        assertThat(robot.lookup(".mark-date").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("3 January 2020");
        assertThat(robot.lookup(".popup-date").queryLabeled().getText()).isEqualTo("Date: 2020-01-03 (day)");

        robot.clickOn(robot.lookup(".open-article").queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.reader().focusNodes().isEmpty());
        String focused = window.reader().focusNodes().stream().map(Text::getText).collect(Collectors.joining());
        assertThat(focused).isEqualTo(BAGHDAD_SENTENCE);
        assertThat(window.reader().focusNodes()).anyMatch(t -> t.getStyleClass().contains("mark-place")
                && t.getText().equals("Baghdad"));

        // Keep a picture of the window for people reviewing the UI (target/ui-review.png).
        robot.interact(() -> {
            try {
                org.incidentatlas.ui.export.PngWriter.write(window.snapshot(null, null),
                        java.nio.file.Path.of("target/ui-review.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // Clicking a marked place in the reader flies the map there.
        Text kirkuk = window.reader().textFlow().getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getText().equals("Ayn al-Asad")).findFirst().orElseThrow();
        robot.interact(() -> kirkuk.getOnMouseClicked().handle(null));
        MapViewport v = settledViewport(robot);
        assertThat(v.centerLat()).isCloseTo(SyntheticExtraction.AYN_AL_ASAD.lat(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(v.centerLon()).isCloseTo(SyntheticExtraction.AYN_AL_ASAD.lon(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void exportWritesExactlyTheViewAtTwiceTheSizeWithoutHiddenKinds(FxRobot robot) throws Exception {
        MapViewport v = settledViewport(robot);
        int mx = (int) Math.floor(v.screenX(SyntheticExtraction.AL_MAYADEEN.lon()) * 2);
        int my = (int) Math.floor(v.screenY(SyntheticExtraction.AL_MAYADEEN.lat()) * 2);
        java.nio.file.Path all = java.nio.file.Files.createTempFile("all", ".png");
        java.nio.file.Path filtered = java.nio.file.Files.createTempFile("filtered", ".png");
        robot.interact(() -> window.export(all, 2));
        robot.interact(() -> window.setKindVisible("Battles", false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.export(filtered, 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.size(all) > 0
                && java.nio.file.Files.size(filtered) > 0);
        java.awt.image.BufferedImage before = javax.imageio.ImageIO.read(all.toFile());
        java.awt.image.BufferedImage after = javax.imageio.ImageIO.read(filtered.toFile());
        assertThat(before.getWidth()).isEqualTo((int) Math.round(window.mapPane().getWidth() * 2));
        // al-Mayadeen's battle is drawn in the first export and gone once battles are hidden.
        assertThat(new java.awt.Color(before.getRGB(mx, my))).isEqualTo(java.awt.Color.decode("#D55E00"));
        assertThat(new java.awt.Color(after.getRGB(mx, my))).isNotEqualTo(java.awt.Color.decode("#D55E00"));
        assertThat(window.hiddenKinds()).containsExactly("Battles");
    }

    @Test
    void hoveringAnIncidentShowsWhatAndWhere(FxRobot robot) {
        robot.moveTo(screenPoint(robot, SyntheticExtraction.KIRKUK.lat(), SyntheticExtraction.KIRKUK.lon()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".map-tooltip").queryLabeled().getText())
                .isEqualTo("Headquarters or base established — Kirkuk, 2020-03");
        robot.moveBy(0, 60);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".map-tooltip").tryQuery()).isEmpty();
    }

    @Test
    void dragPansAndWheelKeysAndDoubleClickZoom(FxRobot robot) {
        MapViewport start = settledViewport(robot);
        Point2D centre = window.map().localToScreen(start.width() / 2 + 60, start.height() / 2 + 80);
        robot.drag(centre, MouseButton.PRIMARY).moveBy(-120, -40).drop();
        MapViewport panned = settledViewport(robot);
        assertThat(panned.originX() - start.originX()).isCloseTo(120, org.assertj.core.data.Offset.offset(2.0));
        assertThat(panned.originY() - start.originY()).isCloseTo(40, org.assertj.core.data.Offset.offset(2.0));
        assertThat(panned.zoom()).isEqualTo(start.zoom());

        // The robot's wheel direction depends on the platform; the step and the fixed pivot do not.
        Point2D local = window.map().screenToLocal(centre);
        double latUnder = panned.latAt(local.getY());
        robot.moveTo(centre).scroll(2, VerticalDirection.UP);
        MapViewport scrolled = settledViewport(robot);
        assertThat(Math.abs(scrolled.zoom() - panned.zoom())).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        // Within a pixel: the robot moves the pointer to whole pixels.
        assertThat(scrolled.latAt(local.getY())).isCloseTo(latUnder, org.assertj.core.data.Offset.offset(0.05));
        robot.interact(() -> window.map().mapView().fireEvent(new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, local.getX(), local.getY(), centre.getX(), centre.getY(),
                false, false, false, false, false, false, 0, 40, 0, 40,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        MapViewport wheeled = settledViewport(robot);
        assertThat(wheeled.zoom()).as("wheel away from the user zooms in")
                .isCloseTo(scrolled.zoom() + 0.25, org.assertj.core.data.Offset.offset(1e-9));

        robot.clickOn(centre);
        robot.type(KeyCode.MINUS);
        MapViewport out = settledViewport(robot);
        assertThat(out.zoom()).isCloseTo(wheeled.zoom() - 1, org.assertj.core.data.Offset.offset(1e-6));
        robot.type(KeyCode.RIGHT);
        assertThat(settledViewport(robot).originX()).isCloseTo(out.originX() + 100, org.assertj.core.data.Offset.offset(1e-6));

        robot.doubleClickOn(centre);
        assertThat(settledViewport(robot).zoom()).isCloseTo(out.zoom() + 1, org.assertj.core.data.Offset.offset(1e-6));

        robot.clickOn(robot.lookup(".zoom-all").queryButton());
        MapViewport home = settledViewport(robot);
        assertThat(home.zoom()).isCloseTo(start.zoom(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(home.originX()).isCloseTo(start.originX(), org.assertj.core.data.Offset.offset(1e-6));
    }
}
