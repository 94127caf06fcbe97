package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.incidentatlas.io.ExportFormat;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.ui.export.PngWriter;
import org.incidentatlas.ui.export.SnapshotComposer;

/**
 * File → Export data… and Export snapshot…: what is shown (the filters and time window in force, said in the file
 * and in the snapshot's caption) or everything. Pixels and the extraction are taken on the FX thread, the file is
 * written on the background executor, and the status line says when it is done (or what went wrong).
 */
final class ExportActions {
    private final AtlasWindow window;
    private final FilterModel filter;
    private final Executor background;
    private final Consumer<String> done;
    private final Consumer<String> error;

    ExportActions(AtlasWindow window, FilterModel filter, Executor background, Consumer<String> done,
                  Consumer<String> error) {
        this.window = window;
        this.filter = filter;
        this.background = background;
        this.done = done;
        this.error = error;
    }

    Command dataCommand() {
        return Command.of("Export data…", this::exportDialog)
                .key(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    }

    Command snapshotCommand() {
        return Command.of("Export snapshot…", this::snapshotDialog)
                .key(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    }

    /** What the snapshot caption says: the window's title, then the filter scope; unpinned counts what is shown. */
    SnapshotComposer.Info snapshotInfo() {
        String scope = filter.scope(!filter.state().isEmpty());
        int unpinned = (int) filter.shown().stream().filter(i -> !i.isPinned()).count();
        return new SnapshotComposer.Info(window.model().titleProperty().get()
                + (filter.state().isEmpty() ? "" : " — " + scope), window.map().mentionLayer().isVisible(),
                unpinned, window.hiddenKinds());
    }

    /** Writes the current view as PNG with {@link #snapshotInfo()}; pixels read here, the file written off-thread. */
    CompletableFuture<Void> exportSnapshot(Path png, double scale) {
        var img = SnapshotComposer.compose(window.mapPane(), window.model().extraction(), snapshotInfo(), scale);
        var buffered = PngWriter.toBufferedImage(img);
        return CompletableFuture.runAsync(() -> {
            try {
                PngWriter.write(buffered, png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
    }

    /**
     * Exports "what is shown" (the filters and time window in force, said in the file's scope) or everything; the
     * extraction is taken on the calling (FX) thread, the file written off it.
     */
    CompletableFuture<Void> exportData(ExportFormat format, boolean shownOnly, Path out) {
        Extraction x = filter.forExport(shownOnly);
        String scope = filter.scope(shownOnly);
        return CompletableFuture.runAsync(() -> {
            try {
                format.write(x, scope, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
    }

    private void snapshotDialog() {
        if (window.model().extraction() == null) {
            return;
        }
        ChoiceDialog<String> scale = new ChoiceDialog<>("2x", "1x", "2x", "4x");
        scale.setTitle("Export snapshot");
        scale.setHeaderText("PNG of the current view, with legend, scale bar, attribution, sources and the filters "
                + "in force (" + filter.scope(!filter.state().isEmpty()) + ").");
        scale.setContentText("Resolution:");
        scale.initOwner(window.getScene().getWindow());
        scale.showAndWait().ifPresent(sc -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Export snapshot");
            fc.setInitialFileName("incident-atlas.png");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File f = fc.showSaveDialog(window.getScene().getWindow());
            if (f != null) {
                report(exportSnapshot(f.toPath(), Double.parseDouble(sc.replace("x", ""))),
                        "Snapshot written to " + f.getName(), f);
            }
        });
    }

    private void exportDialog() {
        if (filter.extraction() == null) {
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Export data");
        d.setHeaderText("Export incidents, deployments and places with their evidence.");
        d.initOwner(window.getScene().getWindow());
        ChoiceBox<ExportFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(ExportFormat.values()));
        format.setValue(ExportFormat.values()[0]);
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.label() + " (*." + f.extension() + ")";
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        ToggleGroup scope = new ToggleGroup();
        RadioButton shown = new RadioButton("What is shown: " + filter.summaryProperty().get() + " — "
                + filter.scope(true));
        shown.setToggleGroup(scope);
        shown.setSelected(true);
        RadioButton all = new RadioButton("Everything (" + filter.extraction().incidents().size() + " incidents)");
        all.setToggleGroup(scope);
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        g.addRow(0, new Label("Format:"), format);
        g.addRow(1, new Label("Scope:"), shown);
        g.add(all, 1, 2);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            ExportFormat f = format.getValue();
            FileChooser fc = new FileChooser();
            fc.setTitle("Export data");
            fc.setInitialFileName("incident-atlas." + f.extension());
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.label(), "*." + f.extension()));
            File out = fc.showSaveDialog(window.getScene().getWindow());
            if (out != null) {
                int n = shown.isSelected() ? filter.shown().size() : filter.extraction().incidents().size();
                report(exportData(f, shown.isSelected(), out.toPath()), "Exported " + n + " incident"
                        + (n == 1 ? "" : "s") + " to " + out.getName(), out);
            }
        });
    }

    /** The confirmation (or the error, naming the file) once the write is done, on the FX thread. */
    private void report(CompletableFuture<Void> write, String confirmation, File f) {
        write.whenComplete((v, ex) -> Platform.runLater(() -> {
            if (ex == null) {
                done.accept(confirmation);
            } else {
                Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                error.accept("Could not write " + f + ": " + cause.getMessage());
            }
        }));
    }
}
