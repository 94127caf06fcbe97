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

    /** Writes one snapshot (atomically) to the autosave's file. */
    @FunctionalInterface
    public interface Saver {
        void save(Investigation inv) throws IOException;
    }

    private final Scheduler scheduler;
    private final long intervalMillis;
    private final Supplier<Investigation> state;
    private final Path file;
    private final Consumer<IOException> onError;
    private final LongSupplier clockMillis;
    private final Saver saver;

    private boolean dirty;
    private boolean stopped;
    private boolean pending;
    private long lastSave = Long.MIN_VALUE / 2;
    private int saves;

    /**
     * @param state   returns an immutable snapshot of the current investigation (called on the scheduler's thread)
     * @param onError told about a failed save; the state stays dirty and is retried on the next change
     */
    public Autosave(Scheduler scheduler, Duration interval, Supplier<Investigation> state, Path file,
                    Consumer<IOException> onError, LongSupplier clockMillis) {
        this(scheduler, interval, state, file, inv -> new InvestigationWriter().save(inv, file), onError, clockMillis);
    }

    /** As above, writing with {@code saver} (a recovery file, say, that takes its investigation's permissions). */
    public Autosave(Scheduler scheduler, Duration interval, Supplier<Investigation> state, Path file, Saver saver,
                    Consumer<IOException> onError, LongSupplier clockMillis) {
        this.saver = Objects.requireNonNull(saver);
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
        if (stopped) {
            return;
        }
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
        if (!dirty || stopped) {
            return;
        }
        dirty = false;
        try {
            saver.save(state.get());
            lastSave = clockMillis.getAsLong();
            saves++;
        } catch (IOException e) {
            dirty = true;
            onError.accept(e);
        }
    }

    /**
     * No write after this returns: a save in progress on the scheduler's thread is waited for, later ones are
     * dropped. Call before the file is deleted or another autosave takes over.
     */
    public synchronized void stop() {
        stopped = true;
        dirty = false;
    }

    /** The file this autosave writes. */
    public Path file() {
        return file;
    }

    public synchronized boolean isDirty() {
        return dirty;
    }

    public synchronized int saves() {
        return saves;
    }
}
