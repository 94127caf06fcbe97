package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.incidentatlas.model.Investigation;

/**
 * Saves an investigation at most once every {@code interval} while it is dirty: the first change after a save is
 * written at once if the last save is old enough, later ones are coalesced into one save at the end of the interval.
 * Owns no thread: the caller passes the scheduler (a ScheduledExecutorService in the app, a recording one in tests).
 * Every save is atomic ({@link AtomicFiles}), so a crash mid-save keeps the previous autosave.
 */
public final class Autosave {
    /** Runs a task after a delay. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delayMillis);
    }

    private final Scheduler scheduler;
    private final long intervalMillis;
    private final Supplier<Investigation> state;
    private final Path file;
    private final Consumer<IOException> onError;
    private final LongSupplier clockMillis;
    private final InvestigationWriter writer = new InvestigationWriter();

    private boolean dirty;
    private boolean pending;
    private long lastSave = Long.MIN_VALUE / 2;
    private int saves;

    /**
     * @param state   returns an immutable snapshot of the current investigation (called on the scheduler's thread)
     * @param onError told about a failed save; the state stays dirty and is retried on the next change
     */
    public Autosave(Scheduler scheduler, Duration interval, Supplier<Investigation> state, Path file,
                    Consumer<IOException> onError, LongSupplier clockMillis) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.intervalMillis = interval.toMillis();
        this.state = Objects.requireNonNull(state);
        this.file = Objects.requireNonNull(file);
        this.onError = Objects.requireNonNull(onError);
        this.clockMillis = Objects.requireNonNull(clockMillis);
    }

    public static Autosave on(ScheduledExecutorService executor, Duration interval, Supplier<Investigation> state,
                              Path file, Consumer<IOException> onError) {
        return new Autosave((task, delay) -> executor.schedule(task, delay, TimeUnit.MILLISECONDS), interval, state,
                file, onError, System::currentTimeMillis);
    }

    /** Call after every change. Cheap; never writes on the caller's thread. */
    public synchronized void markDirty() {
        dirty = true;
        if (!pending) {
            pending = true;
            long wait = Math.max(0, lastSave + intervalMillis - clockMillis.getAsLong());
            scheduler.schedule(this::saveIfDirty, wait);
        }
    }

    /** Writes now if anything changed since the last save (on close, or an explicit "Save"). */
    public synchronized void saveIfDirty() {
        pending = false;
        if (!dirty) {
            return;
        }
        dirty = false;
        try {
            writer.save(state.get(), file);
            lastSave = clockMillis.getAsLong();
            saves++;
        } catch (IOException e) {
            dirty = true;
            onError.accept(e);
        }
    }

    public synchronized boolean isDirty() {
        return dirty;
    }

    public synchronized int saves() {
        return saves;
    }
}
