package org.incidentatlas.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.io.Autosave;
import org.incidentatlas.ui.investigation.RecoveryPrompt;

/**
 * What the app's shell is given from outside: the executor for background work (the filter index; a same-thread
 * one in view-model tests), the autosave timer and interval, the settings folder and how a recovery is offered.
 * {@link #standard()} is the app's; tests change one part with the {@code with…} methods.
 */
public record AppEnvironment(Executor background, Autosave.Scheduler timer, Duration autosaveEvery,
                             Path settingsFolder, RecoveryPrompt recoveryPrompt) {
    /** {@code -Dincidentatlas.autosaveSeconds=N} shortens or lengthens the autosave interval (20 s by default). */
    public static final String AUTOSAVE_PROPERTY = "incidentatlas.autosaveSeconds";

    public AppEnvironment {
        Objects.requireNonNull(background);
        Objects.requireNonNull(timer);
        Objects.requireNonNull(autosaveEvery);
        Objects.requireNonNull(settingsFolder);
        Objects.requireNonNull(recoveryPrompt);
    }

    /** Daemon threads, autosave every 20 s (or the property's), the {@link SettingsFolder}, a dialog for recovery. */
    public static AppEnvironment standard() {
        return new AppEnvironment(daemonThreads("background"), daemonTimer(), autosaveInterval(), SettingsFolder.path(),
                RecoveryPrompt.dialog());
    }

    static Duration autosaveInterval() {
        try {
            double s = Double.parseDouble(System.getProperty(AUTOSAVE_PROPERTY, "20"));
            return s > 0 ? Duration.ofMillis(Math.round(s * 1000)) : Duration.ofSeconds(20);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(20);
        }
    }

    /** A new daemon thread per task (work is rare and long: an index build, a load, a file written). */
    public static Executor daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
    }

    private static Autosave.Scheduler daemonTimer() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });
        return (task, delay) -> s.schedule(task, delay, TimeUnit.MILLISECONDS);
    }

    public AppEnvironment withBackground(Executor e) {
        return new AppEnvironment(e, timer, autosaveEvery, settingsFolder, recoveryPrompt);
    }

    public AppEnvironment withAutosaveEvery(Duration d) {
        return new AppEnvironment(background, timer, d, settingsFolder, recoveryPrompt);
    }

    public AppEnvironment withSettingsFolder(Path p) {
        return new AppEnvironment(background, timer, autosaveEvery, p, recoveryPrompt);
    }

    public AppEnvironment withRecoveryPrompt(RecoveryPrompt p) {
        return new AppEnvironment(background, timer, autosaveEvery, settingsFolder, p);
    }
}
