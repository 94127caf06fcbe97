package org.incidentatlas.ui.investigation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.incidentatlas.io.Autosave;
import org.incidentatlas.io.InvestigationReader;
import org.incidentatlas.io.InvestigationRecovery;
import org.incidentatlas.io.InvestigationWriter;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.ViewState;
import org.incidentatlas.pipeline.InvestigationEdits;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SelectionModel;

/**
 * The investigation as the app holds it: the analyst's edits (in the order made), the file it lives in, its
 * {@link State}, and how to take a snapshot of, or restore, everything else (corpus, map view, filters, selection,
 * layers). The map view and layers are reached through {@link MapState} so this never sees a control.
 *
 * <p>Autosave never writes the analyst's file: it writes the recovery file beside it (or, before the first save,
 * in the settings folder), and only while {@link State#DIRTY}. While an investigation is being put on the screen
 * ({@link State#RESTORING}) or a recovery offer awaits an answer ({@link State#RECOVERING}) nothing is recorded or
 * written, so a half-restored screen can never be saved.
 */
public final class InvestigationViewModel {
    /** Where the investigation stands; only {@link #DIRTY} is ever autosaved. */
    public enum State {
        /** The screen holds what is on disk (or nothing worth keeping yet). */
        CLEAN,
        /** Unsaved changes; autosave copies them to the recovery file. */
        DIRTY,
        /** An explicit save is writing the analyst's file. */
        SAVING,
        /** An opened or recovered investigation is being put on the screen: nothing is recorded or saved. */
        RESTORING,
        /** A recovery file is offered and the analyst has not answered: it is neither written nor removed. */
        RECOVERING
    }

    /** What the map side offers: its real view (read from a layer, not Gluon's stale zoom) and layer switches. */
    public interface MapState {
        ViewState view();

        void restoreView(ViewState v);

        Map<String, Boolean> layers();

        void restoreLayers(Map<String, Boolean> layers);
    }

    private final FilterModel filter;
    private final SelectionModel selection;
    private final MapState map;
    private final Supplier<List<Path>> corpus;
    private final ObservableList<AnalystEdit> edits = FXCollections.observableArrayList();
    /** The review items marked done (their keys); the Review list shows and changes the same set. */
    private final ObservableSet<String> reviewDone = FXCollections.observableSet(new java.util.TreeSet<>());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.CLEAN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile Investigation latest;
    /** What is on disk in the analyst's file (null before the first save): the screen is clean while it matches. */
    private Investigation baseline;
    private State beforeOffer = State.CLEAN;
    private Autosave autosave;
    private Autosave.Scheduler scheduler;
    private Duration interval = Duration.ofSeconds(20);
    private InvestigationRecovery recovery;
    private Executor fx = Runnable::run;

    public InvestigationViewModel(FilterModel filter, SelectionModel selection, MapState map,
                                  Supplier<List<Path>> corpus) {
        this.filter = Objects.requireNonNull(filter);
        this.selection = Objects.requireNonNull(selection);
        this.map = Objects.requireNonNull(map);
        this.corpus = Objects.requireNonNull(corpus);
        filter.stateProperty().addListener(o -> changed());
        selection.selectedProperty().addListener(o -> changed());
        edits.addListener((javafx.collections.ListChangeListener<AnalystEdit>) c -> changed());
        reviewDone.addListener((javafx.collections.SetChangeListener<String>) c -> changed());
    }

    /**
     * Turns autosave on: at most once per {@code every}, to the recovery file of the investigation (see
     * {@link InvestigationRecovery}); errors are reported on {@code fx}.
     */
    public void enableAutosave(Autosave.Scheduler s, Duration every, InvestigationRecovery recoveryFiles, Executor fx) {
        this.fx = fx;
        scheduler = s;
        interval = every;
        recovery = recoveryFiles;
        rearm();
    }

    /** The recovery files (null until autosave is on). */
    public InvestigationRecovery recovery() {
        return recovery;
    }

    /** The file autosave writes now (null when autosave is off). */
    public Path recoveryFile() {
        return recovery == null ? null : recovery.recoveryOf(file.get());
    }

    private void rearm() {
        if (autosave != null) {
            autosave.stop();
            autosave = null;
        }
        if (scheduler == null || recovery == null) {
            return;
        }
        Path target = recovery.recoveryOf(file.get());
        Path of = file.get();
        InvestigationWriter writer = new InvestigationWriter();
        // the error arrives on the autosave thread; the message is shown by a label
        autosave = new Autosave(scheduler, interval, () -> latest, target, inv -> {
            Files.createDirectories(target.getParent());
            writer.save(inv, target, of);
        }, e -> fx.execute(() -> message.set("Autosave to " + target + " failed: " + e.getMessage())),
                System::currentTimeMillis);
    }

    /** Call when the map moved or a layer was switched (the filter, selection and edits are watched already). */
    public void changed() {
        State s = state.get();
        if (s == State.RESTORING || s == State.RECOVERING || s == State.SAVING) {
            return;
        }
        Investigation now = snapshot();
        latest = now;
        if (s == State.CLEAN && (baseline == null ? !worthKeeping(now) : sameWork(now, baseline))) {
            return;
        }
        state.set(State.DIRTY);
        if (autosave != null) {
            autosave.markDirty();
        }
    }

    /** Before the first save only edits, filters or a selection make work worth recovering (not a map moved). */
    static boolean worthKeeping(Investigation inv) {
        return !inv.edits().isEmpty() || !inv.filters().isEmpty() || !inv.selection().isEmpty()
                || !inv.reviewDone().isEmpty();
    }

    /** The same work: equal but for the map view, which may differ by rounding after a layout. */
    static boolean sameWork(Investigation a, Investigation b) {
        ViewState u = a.view();
        ViewState v = b.view();
        return a.corpusPaths().equals(b.corpusPaths()) && a.filters().equals(b.filters())
                && a.selection().equals(b.selection()) && a.layers().equals(b.layers()) && a.edits().equals(b.edits())
                && a.reviewDone().equals(b.reviewDone())
                && Math.abs(u.centerLat() - v.centerLat()) < 1e-4 && Math.abs(u.centerLon() - v.centerLon()) < 1e-4
                && Math.abs(u.zoom() - v.zoom()) < 1e-3;
    }

    /** The investigation as it is now. */
    public Investigation snapshot() {
        List<String> sel = selection.selected() == null ? List.of() : List.of(selection.selected().id());
        ViewState v;
        try {
            v = map.view();
        } catch (RuntimeException e) {
            v = null;
        }
        if (v == null) {
            v = new ViewState(33, 44, 5);
        }
        List<String> paths = corpus.get().stream().map(p -> p.toAbsolutePath().toString()).toList();
        return new Investigation(paths, v, filter.state(), sel, new LinkedHashMap<>(map.layers()), List.copyOf(edits),
                List.copyOf(reviewDone));
    }

    /**
     * An explicit save: writes the investigation to {@code target} (atomic, through a link, keeping its
     * permissions), makes it the analyst's file, and removes the recovery file it supersedes.
     */
    public void save(Path target) throws IOException {
        State was = state.get();
        state.set(State.SAVING);
        if (autosave != null) {
            autosave.stop();
        }
        Path oldRecovery = recoveryFile();
        Investigation inv = snapshot();
        try {
            new InvestigationWriter().save(inv, target);
        } catch (IOException e) {
            state.set(was);
            rearm();
            throw e;
        }
        latest = inv;
        baseline = inv;
        file.set(target);
        if (recovery != null) {
            try {
                recovery.superseded(oldRecovery);
                recovery.superseded(recovery.recoveryOf(target));
                recovery.remember(target);
            } catch (IOException e) {
                message.set("Saved, but could not tidy the recovery file: " + e.getMessage());
            }
        }
        rearm();
        state.set(State.CLEAN);
        message.set("Saved " + target.getFileName());
    }

    /** Reads an investigation, all or nothing; a broken or newer file throws with a message naming it. */
    public Investigation read(Path source) throws IOException {
        return new InvestigationReader().read(source);
    }

    /**
     * The analyst's view of a machine extraction under the current edits (moved pins, changed types, merged,
     * split; incidents marked wrong are left out). Stale or conflicting edits are reported in the message.
     */
    public Extraction applyEdits(Extraction machine) {
        if (edits.isEmpty()) {
            return machine;
        }
        InvestigationEdits.AnalystView v = InvestigationEdits.apply(machine, List.copyOf(edits));
        List<String> notes = new ArrayList<>();
        if (!v.stale().isEmpty()) {
            notes.add(v.stale().size() + " edit(s) no longer apply");
        }
        if (!v.conflicts().isEmpty()) {
            notes.add(v.conflicts().size() + " edit(s) conflict with the new extraction");
        }
        if (!notes.isEmpty()) {
            message.set(String.join("; ", notes));
        }
        return v.extraction();
    }

    /**
     * Starts putting an investigation on the screen: its edits and file are taken over at once; until
     * {@link #finishRestore} nothing is recorded or saved. {@code onDisk} is what the analyst's file holds (the
     * same as {@code inv} unless {@code inv} is recovered work).
     */
    public void beginRestore(Investigation inv, Path from, Investigation onDisk) {
        if (autosave != null) {
            autosave.stop();
            autosave = null;
        }
        state.set(State.RESTORING);
        edits.setAll(inv.edits());
        reviewDone.retainAll(inv.reviewDone());
        reviewDone.addAll(inv.reviewDone());
        file.set(from);
        baseline = onDisk;
        latest = inv;
        if (recovery != null && from != null) {
            try {
                recovery.remember(from);
            } catch (IOException e) {
                message.set("Could not note " + from + " in " + recovery.settingsFolder() + ": " + e.getMessage());
            }
        }
        message.set((inv == onDisk ? "Opening " : "Recovering ") + (from == null ? "unsaved work" : from.getFileName()));
    }

    /**
     * Restores what the screen showed once the investigation's extraction is indexed: filters, then selection
     * (by incident id, among what the filters show or else all), then view and layers.
     */
    public void restoreScreen(Investigation inv, List<Incident> incidents) {
        filter.stateProperty().set(inv.filters() == null ? FilterState.NONE : inv.filters());
        Incident sel = null;
        if (!inv.selection().isEmpty()) {
            String id = inv.selection().get(0);
            sel = incidents.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
        }
        selection.select(sel);
        map.restoreLayers(inv.layers());
        map.restoreView(inv.view());
    }

    /** The screen shows {@code inv}: autosave resumes; recovered work stays dirty until the analyst saves it. */
    public void finishRestore(Investigation inv) {
        latest = inv;
        rearm();
        boolean recovered = baseline == null ? worthKeeping(inv) : !sameWork(inv, baseline);
        state.set(recovered ? State.DIRTY : State.CLEAN);
        Path f = file.get();
        message.set((recovered ? "Recovered " : "Opened ") + (f == null ? "unsaved work" : f.getFileName()));
    }

    /** A recovery offer is open: nothing is written (the offered file included) until {@link #answered}. */
    public void awaitAnswer() {
        if (state.get() != State.RECOVERING) {
            beforeOffer = state.get();
            if (autosave != null) {
                autosave.stop();
                autosave = null;
            }
            state.set(State.RECOVERING);
        }
    }

    /** The analyst answered a recovery offer; the state before it returns unless a restore has begun. */
    public void answered() {
        if (state.get() == State.RECOVERING) {
            rearm();
            state.set(beforeOffer == State.DIRTY ? State.DIRTY : State.CLEAN);
            if (beforeOffer == State.DIRTY && autosave != null) {
                autosave.markDirty();
            }
        }
    }

    /** Records an analyst's edit (the machine's value is inside the edit). */
    public void record(AnalystEdit e) {
        edits.add(e);
    }

    /** Shows a line in the investigation's status message (an edit made, a mode entered). */
    public void say(String text) {
        message.set(text == null ? "" : text);
    }

    /** The audit trail of an incident as lines "when who: what (machine: …)", oldest first. */
    public List<String> history(Incident i) {
        return InvestigationEdits.historyOf(List.copyOf(edits), i).stream().map(InvestigationEdits::describe).toList();
    }

    /** Writes unsaved work to the recovery file now (on quit); nothing when clean, restoring or awaiting an answer. */
    public void flush() {
        if (autosave != null && state.get() == State.DIRTY) {
            latest = snapshot();
            autosave.markDirty();
            autosave.saveIfDirty();
        }
    }

    /**
     * The window closes: unsaved work goes to the recovery file now ({@link #flush}), then autosave stops, so no
     * write (and no folder made for one) follows, however late its timer fires. A save in progress is waited for.
     */
    public void close() {
        flush();
        if (autosave != null) {
            autosave.stop();
            autosave = null;
        }
        scheduler = null;
    }

    public ObservableList<AnalystEdit> edits() {
        return edits;
    }

    /** The keys of the review items marked done, saved with the investigation and restored on reopen. */
    public ObservableSet<String> reviewDone() {
        return reviewDone;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
