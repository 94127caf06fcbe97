package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.incidentatlas.io.ExportFormat;
import org.incidentatlas.io.GeoJsonReader;
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

/** Drives the linked views in the real window, headless: brush, facet click, search, export, save and reopen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LinkedViewsTest {
    private AtlasWindow window;
    private LinkedViews linked;

    @Start
    void start(Stage stage) {
        FreshApp app = FreshApp.on(stage);
        window = app.window();
        linked = app.linked();
    }

    private void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !linked.filter().summaryProperty().get().isEmpty()
                && !linked.filter().indexingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> onMap() {
        return window.map().symbolLayer().features().stream().map(MapFeature::payload)
                .filter(Incident.class::isInstance).map(p -> ((Incident) p).id()).sorted().toList();
    }

    private List<String> inTable() {
        return linked.table().table().getItems().stream().map(Incident::id).sorted().toList();
    }

    private String summary(FxRobot robot) {
        return robot.lookup(".shown-summary").queryAs(Label.class).getText();
    }

    @Test
    void brushingTheTimelineFiltersTheMapAndTheTable(FxRobot robot) throws Exception {
        settle(robot);
        assertThat(onMap()).containsExactly("i1", "i2", "i3", "i4", "i5", "i7");
        var tl = linked.timeline();
        Point2D from = tl.canvas().localToScreen(tl.xOf(LocalDate.of(2020, 2, 3)), 30);
        Point2D to = tl.canvas().localToScreen(tl.xOf(LocalDate.of(2020, 3, 28)), 30);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var w = linked.filter().state().window();
        assertThat(w.from()).isBetween(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 5));
        assertThat(w.to()).isBetween(LocalDate.of(2020, 3, 26), LocalDate.of(2020, 3, 31));
        assertThat(onMap()).containsExactly("i3", "i4");
        // the undated incident stays listed, in its own lane
        assertThat(inTable()).containsExactly("i3", "i4", "i6");
        assertThat(summary(robot)).isEqualTo("3 of 7 incidents shown");
        robot.clickOn(".timeline-clear");
        assertThat(onMap()).hasSize(6);
    }

    @Test
    void aFacetClickUpdatesCountsMapAndChips(FxRobot robot) throws Exception {
        settle(robot);
        CheckBox battles = robot.lookup(".facet-entry").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().startsWith("Battles (")).findFirst().orElseThrow();
        assertThat(battles.getText()).isEqualTo("Battles (1)");
        robot.clickOn(battles);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot)).isEqualTo("1 of 7 incidents shown");
        assertThat(onMap()).containsExactly("i3");
        assertThat(robot.lookup(".facet-entry").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .contains("day (1)", "month (0)", "Battles (1)");
        assertThat(robot.lookup(".filter-chip").queryButton().getText()).startsWith("Event type: Battles");
        robot.clickOn(".reset-filters");
        assertThat(summary(robot)).isEqualTo("7 of 7 incidents shown");
        assertThat(robot.lookup(".filter-chip").tryQuery()).isEmpty();
    }

    @Test
    void typesAreFilteredByTheFacetsAndViewSwitchesOnlyTheDeploymentsLayer(FxRobot robot) throws Exception {
        settle(robot);
        robot.clickOn("View");
        assertThat(robot.lookup("Show event types").tryQuery()).isEmpty();
        java.util.function.Supplier<Long> deployments = () -> window.map().symbolLayer().features().stream()
                .filter(f -> f.payload() instanceof org.incidentatlas.model.Deployment).count();
        assertThat(deployments.get()).isEqualTo(1);
        robot.clickOn("Show deployments");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(deployments.get()).isZero();
        assertThat(onMap()).hasSize(6);
        assertThat(linked.investigation().snapshot().layers()).containsEntry("deployments", false);
    }

    @Test
    void theViewMenusDensitySwitchTurnsTheSymbolsIntoADensityMapAndBack(FxRobot robot) throws Exception {
        settle(robot);
        assertThat(window.map().symbolLayer().isDensity()).isFalse();
        robot.clickOn("View").clickOn("Density map (large corpora)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().symbolLayer().isDensity()).isTrue();
        robot.clickOn("View").clickOn("Density map (large corpora)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().symbolLayer().isDensity()).isFalse();
    }

    @Test
    void searchForAinAlAsadFliesToTheBase(FxRobot robot) throws Exception {
        settle(robot);
        robot.clickOn(".search-box").write("Ain al-Asad").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport v = window.map().viewport();
        assertThat(v.centerLat()).isCloseTo(SyntheticExtraction.AYN_AL_ASAD.lat(), within(0.01));
        assertThat(v.centerLon()).isCloseTo(SyntheticExtraction.AYN_AL_ASAD.lon(), within(0.01));
        assertThat(v.zoom()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void selectingInTheTableSelectsOnTheMapAndOpensThePopup(FxRobot robot) throws Exception {
        settle(robot);
        Incident i3 = linked.table().table().getItems().stream().filter(i -> i.id().equals("i3")).findFirst()
                .orElseThrow();
        robot.interact(() -> linked.table().table().scrollTo(i3));
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() == i3)
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.selection().selected()).isSameAs(i3);
        assertThat(window.map().popupLayer().popup()).isNotNull();
        assertThat(robot.lookup(".popup-date").queryLabeled().getText()).contains("2020-02-12");
    }

    @Test
    void exportingWhatIsShownWritesOnlyTheFilteredIncidents(FxRobot robot, @TempDir Path dir) throws Exception {
        settle(robot);
        CheckBox strategic = robot.lookup(".facet-entry").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().startsWith("Strategic developments (")).findFirst().orElseThrow();
        robot.clickOn(strategic);
        Path shown = dir.resolve("shown.geojson");
        Path all = dir.resolve("all.geojson");
        robot.interact(() -> {
            linked.exportData(ExportFormat.forFileName("x.geojson"), true, shown).join();
            linked.exportData(ExportFormat.forFileName("x.geojson"), false, all).join();
        });
        GeoJsonReader.Result r;
        try (InputStream in = Files.newInputStream(shown)) {
            r = new GeoJsonReader().read("shown.geojson", in);
        }
        assertThat(r.incidents()).extracting(Incident::id).containsExactlyInAnyOrder("i4", "i5");
        assertThat(r.scope()).isEqualTo("what is shown: type Strategic developments");
        try (InputStream in = Files.newInputStream(all)) {
            r = new GeoJsonReader().read("all.geojson", in);
        }
        assertThat(r.incidents()).hasSize(7);
        assertThat(r.scope()).isEqualTo("everything");
        // the snapshot of the same view says the same scope in its caption and draws the same incidents
        assertThat(linked.snapshotInfo().title()).endsWith(" — what is shown: type Strategic developments");
        assertThat(onMap()).containsExactlyInAnyOrder("i4", "i5");
        Path png = dir.resolve("view.png");
        robot.interact(() -> linked.exportSnapshot(png, 1).join());
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    @Test
    void saveThenReopenInAFreshWindowRestoresViewFiltersSelectionAndEdits(FxRobot robot, @TempDir Path dir)
            throws Exception {
        settle(robot);
        robot.interact(() -> {
            linked.filter().toggle(org.incidentatlas.pipeline.IncidentFilter.Facet.EVENT_TYPE,
                    "Violence against civilians");
            linked.filter().toggle(org.incidentatlas.pipeline.IncidentFilter.Facet.EVENT_TYPE, "Battles");
        });
        robot.interact(() -> linked.applyEdit(new AnalystEdit.MarkWrong("tester", Instant.parse(
                "2026-01-01T10:00:00Z"), "i7", "duplicate of i1")));
        settle(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !linked.filter().shown().stream()
                .anyMatch(i -> i.id().equals("i7")));
        robot.interact(() -> linked.applyEdit(new AnalystEdit.EditDate("tester", Instant.parse(
                "2026-01-01T10:05:00Z"), "i3", linked.filter().shown().get(0).date(),
                org.incidentatlas.ui.table.EventTableViewModel.typedDate("2020-03"))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> linked.filter().shown().stream()
                .anyMatch(i -> i.id().equals("i3") && "2020-03".equals(i.date().iso())));
        assertThat(linked.filter().shown()).extracting(Incident::id).containsExactly("i3", "i6");
        Incident i3 = linked.filter().shown().get(0);
        robot.interact(() -> {
            linked.selection().select(i3);
            window.map().setViewport(MapViewport.centredOn(34.5, 41.2, 7.5, window.map().viewport().width(),
                    window.map().viewport().height()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("case.json");
        FreshApp.save(robot, linked, file);
        assertThat(file).exists();

        // a fresh app: new window, new models, nothing shared but the file
        FreshApp app = FreshApp.opening(robot, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.linked().selection().selected() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.linked().filter().state()).isEqualTo(linked.filter().state());
        assertThat(app.linked().filter().shown()).extracting(Incident::id).containsExactly("i3", "i6");
        assertThat(app.linked().selection().selected().id()).isEqualTo("i3");
        assertThat(app.linked().investigation().edits()).hasSize(2);
        assertThat(app.linked().filter().shown().get(0).date().iso()).isEqualTo("2020-03");
        MapViewport v = app.window().map().viewport();
        assertThat(v.centerLat()).isCloseTo(34.5, within(0.01));
        assertThat(v.centerLon()).isCloseTo(41.2, within(0.01));
        assertThat(v.zoom()).isCloseTo(7.5, within(0.01));
        app.close(robot);
    }
}
