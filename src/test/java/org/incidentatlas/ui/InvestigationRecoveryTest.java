package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.incidentatlas.io.InvestigationReader;
import org.incidentatlas.io.InvestigationRecovery;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.IncidentFilter;
import org.incidentatlas.ui.investigation.InvestigationViewModel.State;
import org.incidentatlas.ui.map.MapViewport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10's scenario with the app's real threads (a loader thread, the background index build, the autosave
 * timer): a saved investigation reopened in a fresh app comes back whole and its file is never written by autosave;
 * a JVM killed with unsaved edits is offered them at the next start.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class InvestigationRecoveryTest {
    @TempDir
    Path dir;

    private AppEnvironment env(Path settings) {
        return AppEnvironment.standard().withSettingsFolder(settings).withAutosaveEvery(Duration.ofMillis(500));
    }

    /** A loader thread that takes a while, as reading a corpus does: the open races it. */
    private static Executor slowLoader() {
        Executor threads = AppEnvironment.daemonThreads("loader");
        return r -> threads.execute(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.run();
        });
    }

    private static FreshApp start(FxRobot robot, AppEnvironment env, boolean load) {
        FreshApp[] app = new FreshApp[1];
        robot.interact(() -> app[0] = FreshApp.on(new Stage(), env, slowLoader(), load));
        return app[0];
    }

    @Test
    void aReopenedInvestigationIsRestoredWholeAndAutosaveNeverWritesItsFile(FxRobot robot) throws Exception {
        Path settings = dir.resolve("settings");
        FreshApp first = start(robot, env(settings), true);
        LinkedViews linked = first.linked();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> linked.filter().shown().size() == 7);
        robot.interact(() -> {
            linked.filter().toggle(IncidentFilter.Facet.EVENT_TYPE, "Violence against civilians");
            linked.filter().toggle(IncidentFilter.Facet.EVENT_TYPE, "Battles");
            linked.filter().setWindow(new TimeWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
            linked.applyEdit(new AnalystEdit.MarkWrong("tester", Instant.parse("2026-01-01T10:00:00Z"), "i7",
                    "duplicate of i1"));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !linked.filter().indexingProperty().get()
                && linked.filter().shown().stream().noneMatch(i -> i.id().equals("i7"))
                && !linked.filter().shown().isEmpty());
        robot.interact(() -> {
            linked.selection().select(linked.filter().shown().get(0));
            first.window().map().setViewport(MapViewport.centredOn(34.5, 41.2, 7.5,
                    first.window().map().viewport().width(), first.window().map().viewport().height()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("case.investigation.json");
        FreshApp.save(robot, linked, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        FilterState filters = linked.filter().state();
        String selected = linked.selection().selected().id();
        String saved = Files.readString(file); // compared as text: a failure shows the difference
        first.close(robot);

        // a freshly started app, still loading its corpus on a real thread, is asked to open the file
        FreshApp second = start(robot, env(settings), true);
        robot.interact(() -> second.linked().open(file));
        LinkedViews reopened = second.linked();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> reopened.investigation().stateProperty().get()
                == State.CLEAN && reopened.selection().selected() != null);
        Thread.sleep(2_000); // four autosave intervals
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(file)).isEqualTo(saved);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(reopened.filter().state()).isEqualTo(filters);
        assertThat(reopened.filter().state().window().from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(reopened.selection().selected().id()).isEqualTo(selected);
        assertThat(reopened.filter().shown()).extracting(Incident::id).doesNotContain("i7");
        MapViewport v = second.window().map().viewport();
        assertThat(v.centerLat()).isCloseTo(34.5, within(0.01));
        assertThat(v.centerLon()).isCloseTo(41.2, within(0.01));
        assertThat(v.zoom()).isCloseTo(7.5, within(0.01));
        assertThat(reopened.investigation().stateProperty().get()).isEqualTo(State.CLEAN);
        Path recovery = new InvestigationRecovery(settings).recoveryOf(file);
        assertThat(recovery).doesNotExist();

        // a change after opening goes to the recovery file beside it, never into the analyst's file
        robot.interact(() -> second.window().map().setViewport(MapViewport.centredOn(34.5, 41.2, 9, v.width(),
                v.height())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(recovery));
        assertThat(new InvestigationReader().read(recovery).view().zoom()).isCloseTo(9, within(0.01));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo(saved);
        second.close(robot);

        // closed: autosave has stopped, so a late change (or a late timer) writes nothing, not even a folder
        robot.interact(() -> second.window().map().setViewport(MapViewport.centredOn(34.5, 41.2, 11, v.width(),
                v.height())));
        Thread.sleep(1_500); // three autosave intervals
        assertThat(new InvestigationReader().read(recovery).view().zoom()).isCloseTo(9, within(0.01));
        assertThat(Files.readString(file)).isEqualTo(saved);
    }

    @Test
    void afterAKillWithUnsavedEditsTheNextStartOffersThemAndRecoversThem(FxRobot robot) throws Exception {
        Path settings = dir.resolve("settings");
        Path unsaved = new InvestigationRecovery(settings).recoveryOf(null);
        Process child = startChild(settings);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line; (line = out.readLine()) != null && !line.equals("EDITED"); ) {
                lines.add(line);
            }
            assertThat(child.isAlive()).as("child output: %s", lines).isTrue();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> editsIn(unsaved) == 2);
        } finally {
            child.destroyForcibly().waitFor(60, TimeUnit.SECONDS); // SIGKILL: no flush on quit
        }
        String kept = Files.readString(unsaved);

        FreshApp app = start(robot, env(settings), true);
        boolean[] offered = new boolean[1];
        robot.interact(() -> offered[0] = app.linked().offerRecoveryAtStart());
        assertThat(offered[0]).isTrue();
        assertThat(robot.lookup(".recovery-offer .header-panel .label").queryLabeled().getText())
                .matches("Recover unsaved work from \\d\\d:\\d\\d\\?");
        // the app loads and autosaves behind the question, but the offered file is untouched until answered
        Thread.sleep(1_500);
        assertThat(Files.readString(unsaved)).isEqualTo(kept);

        robot.clickOn("Recover");
        LinkedViews linked = app.linked();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> linked.investigation().stateProperty().get()
                == State.DIRTY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(linked.investigation().edits()).hasSize(2);
        assertThat(FilterModel.chosen(linked.filter().state(), IncidentFilter.Facet.EVENT_TYPE))
                .containsExactlyInAnyOrder("Battles", "Violence against civilians");
        assertThat(linked.filter().shown()).extracting(Incident::id).isNotEmpty().doesNotContain("i7");
        assertThat(linked.investigation().history(linked.filter().shown().stream()
                .filter(i -> i.id().equals("i3")).findFirst().orElseThrow())).anyMatch(h -> h.contains(
                "check the second source"));
        app.close(robot);
    }

    private static int editsIn(Path file) {
        try {
            Investigation inv = new InvestigationReader().read(file);
            return inv.edits().size();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The app's window with unsaved edits in another JVM, headless like this one. */
    private static Process startChild(Path settings) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(UnsavedEditsChild.class.getName());
        cmd.add(settings.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
