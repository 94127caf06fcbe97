package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.incidentatlas.io.InvestigationRecovery;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.pipeline.UserLexicons;
import org.incidentatlas.ui.investigation.InvestigationViewModel;

/**
 * The investigation's life on screen: open (asking first about newer autosaved work), recover, save, and edits
 * applied to the machine's extraction. Its states are {@link InvestigationViewModel.State}; the order that matters
 * is here: an opened investigation's corpus is loaded, its edits replayed, the extraction indexed, and only then
 * are filters, time window, selection, layers and view restored and autosave allowed again.
 */
final class InvestigationController {
    /** What the controller needs from the shell around it. */
    interface Shell {
        AtlasViewModel model();

        FilterModel filter();

        javafx.stage.Window owner();

        void error(String message);
    }

    private final Shell shell;
    private final InvestigationViewModel investigation;
    private final AppEnvironment env;
    /** The last extraction the pipeline produced (edits are replayed on it, never on an edited one). */
    private Extraction machine;
    private Extraction edited;
    private List<Path> corpusPaths = List.of();
    /** An investigation waiting for its corpus (and the inputs it waits for: another extraction does not count). */
    private Investigation pendingOpen;
    private List<Path> awaitedInputs;
    /** The investigation being put on screen once its extraction is indexed. */
    private Investigation restoring;
    /** The screen to put back after an edit was replayed. */
    private Investigation pendingRestore;

    InvestigationController(Shell shell, InvestigationViewModel investigation, AppEnvironment env) {
        this.shell = shell;
        this.investigation = investigation;
        this.env = env;
    }

    /** The corpus the investigation is about (the inputs of the last load). */
    List<Path> corpusPaths() {
        return corpusPaths;
    }

    Extraction machine() {
        return machine;
    }

    /**
     * A new extraction is shown. Returns it when the filter should index it now, or null when the edits of an
     * opened investigation are being replayed on it first (their result is shown next).
     */
    Extraction arrived(Extraction x) {
        if (x != edited) {
            machine = x;
        }
        if (x == null) {
            return null;
        }
        if (!shell.model().inputs().isEmpty()) {
            corpusPaths = shell.model().inputs();
        }
        if (pendingOpen != null && awaitedInputsArrived()) {
            Investigation inv = pendingOpen;
            pendingOpen = null;
            restoring = inv;
            Extraction e = investigation.applyEdits(x);
            if (e != x) {
                edited = e;
                Platform.runLater(() -> shell.model().setExtraction(e));
                return null;
            }
        }
        return x;
    }

    private boolean awaitedInputsArrived() {
        return awaitedInputs == null || awaitedInputs.equals(shell.model().inputs().stream()
                .map(Path::toAbsolutePath).toList());
    }

    /** The filter has indexed {@code x}: put back what an opened investigation or a replayed edit showed. */
    void indexed(Extraction x) {
        FilterModel filter = shell.filter();
        if (filter.extraction() != x || filter.indexingProperty().get()) {
            return; // a newer extraction is on its way; it restores when indexed
        }
        List<Incident> incidents = filter.indexProperty().get() == null ? List.of()
                : filter.indexProperty().get().incidents();
        if (restoring != null && x == shell.model().extraction()) {
            // everything the file holds is on screen before anything may save
            Investigation inv = restoring;
            restoring = null;
            pendingRestore = null;
            awaitedInputs = null;
            investigation.restoreScreen(inv, incidents);
            investigation.finishRestore(inv);
        } else if (pendingRestore != null && restoring == null) {
            Investigation inv = pendingRestore;
            pendingRestore = null;
            investigation.restoreScreen(inv, incidents);
        }
    }

    /**
     * Records an analyst's edit and shows its effect: the edits are replayed on the machine's extraction, and the
     * screen (filters, selection, view) stays as it was.
     */
    void applyEdit(AnalystEdit e) {
        investigation.record(e);
        if (machine == null || restoring != null || pendingOpen != null) {
            return;
        }
        pendingRestore = investigation.snapshot();
        Extraction x = investigation.applyEdits(machine);
        edited = x;
        shell.model().setExtraction(x);
    }

    /**
     * Opens an investigation: if autosave kept newer work beside it, the analyst is asked first whether to recover
     * it. Then its corpus is loaded (unless already shown), the edits replayed and the screen restored.
     */
    void open(Path p) {
        Investigation inv;
        try {
            inv = investigation.read(p);
        } catch (IOException ex) {
            shell.error(ex.getMessage());
            return;
        }
        Optional<InvestigationRecovery.Offer> offer = investigation.recovery() == null ? Optional.empty()
                : investigation.recovery().offerFor(p);
        if (offer.isPresent()) {
            offerRecovery(offer.get(), inv);
        } else {
            show(inv, p, inv);
        }
    }

    /** At start: offers the newest recovery file the settings folder leads to; true if one was offered. */
    boolean offerRecoveryAtStart() {
        if (investigation.recovery() == null) {
            return false;
        }
        Optional<InvestigationRecovery.Offer> newest = investigation.recovery().offersAtStart().stream()
                .max(Comparator.comparing(InvestigationRecovery.Offer::written));
        if (newest.isEmpty()) {
            return false;
        }
        Investigation onDisk = null;
        if (newest.get().investigation() != null) {
            try {
                onDisk = investigation.read(newest.get().investigation());
            } catch (IOException e) {
                onDisk = null;
            }
        }
        offerRecovery(newest.get(), onDisk);
        return true;
    }

    /** Asks, then recovers (the file stays the analyst's until Save) or sets the recovery aside and opens the file. */
    private void offerRecovery(InvestigationRecovery.Offer offer, Investigation onDisk) {
        investigation.awaitAnswer();
        env.recoveryPrompt().ask(shell.owner(), offer, recover -> {
            if (recover) {
                try {
                    show(investigation.read(offer.recovery()), offer.investigation(), onDisk);
                    return;
                } catch (IOException e) {
                    shell.error("Could not recover: " + e.getMessage());
                }
            }
            try {
                investigation.recovery().discard(offer);
            } catch (IOException e) {
                shell.error("Could not set aside " + offer.recovery() + ": " + e.getMessage());
            }
            investigation.answered();
            if (onDisk != null && offer.investigation() != null) {
                show(onDisk, offer.investigation(), onDisk);
            }
        });
    }

    /** Puts an investigation on the screen; {@code onDisk} is what its file holds (it differs for recovered work). */
    private void show(Investigation inv, Path from, Investigation onDisk) {
        if (from != null) {
            UserLexicons.besideInvestigation(from); // its places.tsv and actors.tsv apply from the next run
        }
        investigation.beginRestore(inv, from, onDisk);
        List<Path> paths = inv.corpusPaths().stream().map(Path::of).toList();
        pendingOpen = inv;
        pendingRestore = null;
        awaitedInputs = paths.isEmpty() ? null : paths.stream().map(Path::toAbsolutePath).toList();
        if (!paths.isEmpty() && !paths.equals(corpusPaths.stream().map(Path::toAbsolutePath).toList())) {
            shell.model().load(paths);
        } else if (machine != null) {
            if (shell.model().extraction() == machine) {
                // the listeners do not fire for the same value: run the arrival by hand
                Extraction x = arrived(machine);
                if (x != null) {
                    shell.filter().setExtraction(x).thenRun(() -> Platform.runLater(() -> indexed(x)));
                }
            } else {
                shell.model().setExtraction(machine);
            }
        }
    }

    /** Saves to a file (what File → Save does after choosing it); a confirmation says where. */
    void save(Path p) throws IOException {
        investigation.save(p);
        UserLexicons.besideInvestigation(p);
    }

    private void saveTo(Path p) {
        try {
            save(p);
        } catch (IOException ex) {
            shell.error("Could not save " + p + ": " + ex.getMessage());
        }
    }

    private void choose(boolean saving) {
        FileChooser fc = new FileChooser();
        fc.setTitle(saving ? "Save investigation" : "Open investigation");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Investigation", "*.json"));
        fc.setInitialFileName("case.investigation.json");
        File f = saving ? fc.showSaveDialog(shell.owner()) : fc.showOpenDialog(shell.owner());
        if (f != null) {
            if (saving) {
                saveTo(f.toPath());
            } else {
                open(f.toPath());
            }
        }
    }

    Command openCommand() {
        return Command.of("Open investigation…", () -> choose(false));
    }

    Command saveCommand() {
        return Command.of("Save investigation", () -> {
            Path f = investigation.fileProperty().get();
            if (f == null) {
                choose(true);
            } else {
                saveTo(f);
            }
        }).key(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    }

    Command saveAsCommand() {
        return Command.of("Save investigation as…", () -> choose(true));
    }

}
