package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapViewport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's edits as a user makes them: move a pin by clicking the map, choose another candidate place in the
 * dialog, merge two table rows, split an incident's sentences, click a sentence in the reader; each shows on the
 * map and in the popup's audit trail, and replays from the saved file in a fresh window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class IncidentEditingTest {
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

    private MapFeature onMap(String id) {
        return window.map().symbolLayer().features().stream()
                .filter(f -> f.payload() instanceof Incident i && i.id().equals(id)).findFirst().orElse(null);
    }

    private Incident shown(String id) {
        return linked.filter().shown().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    private void clickRow(FxRobot robot, String id, KeyCode... modifiers) {
        Incident i = linked.table().table().getItems().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
        robot.interact(() -> linked.table().table().scrollTo(i));
        Node row = robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() == i).queryAs(Node.class);
        robot.press(modifiers).clickOn(row).release(modifiers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menu(FxRobot robot, String item) {
        robot.clickOn("Incident");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ok(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void movingAPinByClickingTheMapPutsTheIncidentThereAndTheMachinePlaceStaysOnFile(FxRobot robot,
                                                                                   @TempDir Path dir)
            throws Exception {
        settle();
        clickRow(robot, "i5");
        assertThat(linked.selection().selected().id()).isEqualTo("i5");
        menu(robot, "Move pin… (then click the map)");
        Point2D target = window.map().localToScreen(300, 250);
        robot.clickOn(target, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("i5") != null && shown("i5").place() != null
                && shown("i5").place().id().startsWith("analyst:"));
        MapViewport v = window.map().viewport();
        Incident moved = shown("i5");
        assertThat(moved.place().lat()).isCloseTo(v.latAt(250), within(0.01));
        assertThat(moved.place().lon()).isCloseTo(v.lonAt(300), within(0.01));
        assertThat(onMap("i5").lat()).isCloseTo(v.latAt(250), within(0.01));
        assertThat(org.incidentatlas.ui.table.EventTableViewModel.place(moved)).isEqualTo("Moscow (pin moved \u270e)");
        AnalystEdit.MovePin edit = (AnalystEdit.MovePin) linked.investigation().edits().get(0);
        assertThat(edit.machinePlaceId()).isEqualTo(SyntheticExtraction.MOSCOW.id());
        assertThat(edit.machineLat()).isEqualTo(SyntheticExtraction.MOSCOW.lat());

        // the popup of the moved incident tells who moved it, from where
        robot.interact(() -> linked.selection().select(moved));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".popup-edit").queryLabeled().getText()).contains("moved the pin to")
                .contains("machine: 55.7560, 37.6170");

        // a second click does not move it again: the move mode ended
        robot.clickOn(window.map().localToScreen(500, 300), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.investigation().edits()).hasSize(1);

        // the edit is saved and replayed in a fresh window
        Path file = dir.resolve("moved.json");
        FreshApp.save(robot, linked, file);
        FreshApp fresh = FreshApp.opening(robot, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fresh.linked().filter().shown().stream()
                .anyMatch(i -> i.id().equals("i5") && i.place().id().startsWith("analyst:")));
        Incident replayed = fresh.linked().filter().shown().stream().filter(i -> i.id().equals("i5")).findFirst()
                .orElseThrow();
        assertThat(replayed.place().lat()).isCloseTo(moved.place().lat(), within(1e-9));
        fresh.close(robot);
    }

    @Test
    void choosingAnotherCandidatePlaceInTheDialogMovesTheIncident(FxRobot robot) throws Exception {
        settle();
        clickRow(robot, "i4");
        menu(robot, "Choose another place…");
        ListCell<?> city = robot.lookup(".place-choices .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().contains("(city")).findFirst().orElseThrow();
        assertThat(city.getText()).startsWith("\u201cKirkuk\u201d \u2192 Kirkuk, IQ.13, IQ (city, pop. 601,433)");
        robot.clickOn(city);
        ok(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("i4") != null
                && shown("i4").place().id().equals(SyntheticExtraction.KIRKUK_CITY.id()));
        assertThat(onMap("i4").lat()).isCloseTo(SyntheticExtraction.KIRKUK_CITY.lat(), within(1e-6));
        AnalystEdit.ChoosePlace edit = (AnalystEdit.ChoosePlace) linked.investigation().edits().get(0);
        assertThat(edit.machinePlaceId()).isEqualTo(SyntheticExtraction.KIRKUK.id());
        assertThat(linked.investigation().history(shown("i4"))).singleElement().asString()
                .contains("chose gn:94787").contains("(machine: a1:IQ.13)");
    }

    @Test
    void mergingTwoRowsThenSplittingASentenceOffGivesBackTwoIncidents(FxRobot robot) throws Exception {
        settle();
        clickRow(robot, "i1");
        clickRow(robot, "i7", KeyCode.CONTROL);
        assertThat(linked.table().table().getSelectionModel().getSelectedItems()).hasSize(2);
        menu(robot, "Merge 2 selected incidents");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("i1+merged") != null);
        Incident merged = shown("i1+merged");
        assertThat(merged.evidence()).hasSize(2);
        assertThat(shown("i1")).isNull();
        assertThat(shown("i7")).isNull();
        assertThat(linked.filter().summaryProperty().get()).isEqualTo("6 of 6 incidents shown");

        robot.interact(() -> linked.selection().select(merged));
        WaitForAsyncUtils.waitForFxEvents();
        menu(robot, "Split…");
        List<CheckBox> boxes = robot.lookup(".split-sentence").queryAllAs(CheckBox.class).stream().toList();
        assertThat(boxes).hasSize(2);
        robot.clickOn(boxes.stream().filter(b -> b.getText().contains("evidence: \u201ckilled the commander")).findFirst()
                .orElseThrow());
        ok(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("i1+merged/split") != null);
        assertThat(shown("i1+merged").evidence()).hasSize(1);
        assertThat(shown("i1+merged/split").evidence()).singleElement()
                .satisfies(e -> assertThat(e.span().start()).isEqualTo(
                        SyntheticExtraction.TEXT_1.indexOf("killed the commander")));
        assertThat(linked.investigation().edits()).hasSize(2);
    }

    @Test
    void rightClickingTheMapOffersToMoveTheSelectedPinThere(FxRobot robot) throws Exception {
        settle();
        clickRow(robot, "i2");
        robot.rightClickOn(window.map().localToScreen(400, 200));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport v = window.map().viewport();
        robot.clickOn(robot.lookup(".menu-item .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().startsWith("Move the pin here")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown("i2") != null
                && shown("i2").place().id().startsWith("analyst:"));
        assertThat(shown("i2").place().lat()).isCloseTo(v.latAt(200), within(0.01));
        assertThat(shown("i2").place().lon()).isCloseTo(v.lonAt(400), within(0.01));
    }

    @Test
    void clickingASentenceInTheReaderSelectsItsIncident(FxRobot robot) throws Exception {
        settle();
        clickRow(robot, "i3");
        robot.interact(() -> window.openArticle(window.model().extraction().article("002_clashes.txt").orElseThrow(),
                shown("i3").evidence().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        Text moscow = robot.lookup(".article-reader .segment").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().contains("leaders met officials")).findFirst().orElseThrow();
        robot.clickOn(moscow);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.selection().selected().id()).isEqualTo("i5");
        assertThat(window.reader().focusNodes()).extracting(Text::getText).anyMatch(t -> t.contains("leaders met"));
    }
}
