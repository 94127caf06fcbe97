package org.incidentatlas.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.pipeline.IncidentFilter;

/**
 * A child JVM for {@link InvestigationRecoveryTest}: the app's window, headless, with its real threads and the
 * settings folder given as the first argument; it makes unsaved edits, prints {@code EDITED} and waits to be
 * killed (kill -9: no shutdown hook, no flush on quit; only what autosave wrote survives).
 */
public final class UnsavedEditsChild {
    private UnsavedEditsChild() {
    }

    public static void main(String[] args) throws Exception {
        Path settings = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppEnvironment env = AppEnvironment.standard().withSettingsFolder(settings)
                .withAutosaveEvery(Duration.ofMillis(300));
        FreshApp[] app = new FreshApp[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            app[0] = FreshApp.on(new Stage(), env, AppEnvironment.daemonThreads("loader"), true);
            shown.countDown();
        });
        shown.await();
        LinkedViews linked = app[0].linked();
        while (!onFx(() -> linked.filter().shown().size() == 7)) {
            Thread.sleep(50);
        }
        CountDownLatch edited = new CountDownLatch(1);
        Platform.runLater(() -> {
            linked.filter().toggle(IncidentFilter.Facet.EVENT_TYPE, "Battles");
            linked.filter().toggle(IncidentFilter.Facet.EVENT_TYPE, "Violence against civilians");
            linked.applyEdit(new AnalystEdit.MarkWrong("tester", Instant.parse("2026-01-01T10:00:00Z"), "i7",
                    "duplicate"));
            linked.applyEdit(new AnalystEdit.Note("tester", Instant.parse("2026-01-01T10:01:00Z"), "i3",
                    "check the second source"));
            edited.countDown();
        });
        edited.await();
        System.out.println("EDITED");
        System.out.flush();
        Thread.sleep(120_000);
        System.exit(1);
    }

    private static boolean onFx(java.util.function.BooleanSupplier s) throws InterruptedException {
        boolean[] r = new boolean[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            r[0] = s.getAsBoolean();
            done.countDown();
        });
        done.await();
        return r[0];
    }
}
