package org.incidentatlas.ui.investigation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.io.Autosave;
import org.incidentatlas.io.InvestigationReader;
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
 * The investigation as the app holds it: the analyst's edits (in the order made), the file it lives in, and how
 * to take a snapshot of, or restore, everything else (corpus, map view, filters, selection, layers). The map view
 * and layers are reached through suppliers and consumers so this never sees a control. Every change marks the
 * autosave dirty; the autosave reads a snapshot taken on the FX thread (never the live properties).
 */
public final class InvestigationViewModel {
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
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private volatile Investigation latest;
    private Autosave autosave;
    private Autosave.Scheduler scheduler;
    private Duration interval = Duration.ofSeconds(20);
    private Path recoveryFile;
    private java.util.concurrent.Executor fx = Runnable::run;

    public InvestigationViewModel(FilterModel filter, SelectionModel selection, MapState map,
                                  Supplier<List<Path>> corpus) {
        this.filter = Objects.requireNonNull(filter);
        this.selection = Objects.requireNonNull(selection);
        this.map = Objects.requireNonNull(map);
        this.corpus = Objects.requireNonNull(corpus);
        filter.stateProperty().addListener(o -> changed());
        selection.selectedProperty().addListener(o -> changed());
        edits.addListener((javafx.collections.ListChangeListener<AnalystEdit>) c -> changed());
    }

    /** Turns autosave on: to the investigation's file once it has one, to {@code recovery} before that. */
    public void enableAutosave(Autosave.Scheduler s, Duration every, Path recovery, java.util.concurrent.Executor fx) {
        this.fx = fx;
        scheduler = s;
        interval = every;
        recoveryFile = recovery;
        rearm();
    }

    private void rearm() {
        if (scheduler == null) {
            return;
        }
        Path target = file.get() != null ? file.get() : recoveryFile;
        if (target == null) {
            autosave = null;
            return;
        }
        try {
            if (target.toAbsolutePath().getParent() != null) {
                java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            message.set("Autosave off: cannot create the folder of " + target + ": " + e.getMessage());
            autosave = null;
            return;
        }
        // the error arrives on the autosave thread; the message is shown by a label
        autosave = new Autosave(scheduler, interval, () -> latest, target,
                e -> fx.execute(() -> message.set("Autosave failed: " + e.getMessage())), System::currentTimeMillis);
    }

    /** Call when the map moved or a layer was switched (the filter, selection and edits are watched already). */
    public void changed() {
        latest = snapshot();
        if (autosave != null) {
            autosave.markDirty();
        }
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
        return new Investigation(paths, v, filter.state(), sel, new LinkedHashMap<>(map.layers()), List.copyOf(edits));
    }

    /** Writes the investigation to {@code target} (atomic) and makes it the file autosave writes to. */
    public void save(Path target) throws IOException {
        latest = snapshot();
        new InvestigationWriter().save(latest, target);
        file.set(target);
        rearm();
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

    /** Takes over an opened investigation's edits and file (the corpus is loaded by the caller). */
    public void adopt(Investigation inv, Path from) {
        edits.setAll(inv.edits());
        file.set(from);
        rearm();
        message.set("Opened " + (from == null ? "investigation" : from.getFileName()));
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

    /** Writes now if anything is unsaved (on quit). */
    public void flush() {
        if (autosave != null) {
            latest = snapshot();
            autosave.saveIfDirty();
        }
    }

    public ObservableList<AnalystEdit> edits() {
        return edits;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reports a problem to the status line. */
    public Consumer<String> messages() {
        return message::set;
    }
}
