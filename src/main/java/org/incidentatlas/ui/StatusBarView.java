package org.incidentatlas.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.ui.source.EvidenceMarkup;
import org.incidentatlas.ui.source.EvidencePopupView;

/** The line under the map: what was loaded, links to the rejected names, unpinned incidents and load problems. */
final class StatusBarView extends HBox {
    private final AtlasViewModel model;
    private final Supplier<Window> owner;

    StatusBarView(AtlasViewModel model, Supplier<Window> owner) {
        super(6);
        this.model = model;
        this.owner = owner;
        Label status = new Label();
        status.getStyleClass().add("status-line");
        status.textProperty().bind(model.statusProperty());
        Hyperlink showRejected = new Hyperlink("— show");
        showRejected.getStyleClass().add("show-rejected");
        showRejected.setOnAction(e -> list("Rejected place mentions", model.rejected().stream()
                .map(StatusBarView::describeRejected).toList()));
        Hyperlink unpinned = new Hyperlink();
        unpinned.getStyleClass().add("show-unpinned");
        unpinned.setOnAction(e -> list("Incidents without a place (not drawn)", model.unpinned().stream()
                .map(this::describeUnpinned).toList()));
        Hyperlink problems = new Hyperlink();
        problems.getStyleClass().add("show-problems");
        problems.setOnAction(e -> list("Load problems and reading notes", List.copyOf(model.problems())));
        showRejected.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rejected()));
        Runnable update = () -> {
            unpinned.setText(model.unpinned().isEmpty() ? "" : model.unpinned().size() + " unpinned (listed, not drawn)");
            unpinned.setVisible(!model.unpinned().isEmpty());
            problems.setText(problemsText(model.problems()));
            problems.getStyleClass().remove("show-problems");
            if (problemCount(model.problems()) > 0) {
                problems.getStyleClass().add("show-problems"); // red only for real problems, not for reading notes
            }
            problems.setVisible(!model.problems().isEmpty());
        };
        model.unpinned().addListener((javafx.collections.ListChangeListener<Incident>) c -> update.run());
        model.problems().addListener((javafx.collections.ListChangeListener<String>) c -> update.run());
        update.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Drag to pan · wheel / double-click / +− to zoom · 0: zoom to all");
        hint.getStyleClass().add("hint");
        // what was loaded and its links keep their full text; the key hint is the one that gives way
        for (Region r : List.of(status, showRejected, unpinned, problems)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        hint.setMinWidth(0);
        getChildren().addAll(status, showRejected, unpinned, problems, spacer, hint);
        getStyleClass().add("status-bar");
    }

    /** Problems (errors, warnings) apart from reading notes ("title taken from the first line"), which are not. */
    static long problemCount(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("note:")).count();
    }

    /** "2 load problems · 1939 reading notes", "1 load problem", "5 reading notes". */
    static String problemsText(List<String> lines) {
        long real = problemCount(lines);
        long notes = lines.size() - real;
        String p = real + " load problem" + (real == 1 ? "" : "s");
        String n = notes + " reading note" + (notes == 1 ? "" : "s");
        return real == 0 ? n : notes == 0 ? p : p + " \u00b7 " + n;
    }

    private void list(String title, List<String> lines) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title + " (" + lines.size() + ")");
        ListView<String> lv = new ListView<>(javafx.collections.FXCollections.observableArrayList(lines));
        lv.setPrefSize(640, 320);
        a.getDialogPane().setContent(lv);
        a.setResizable(true);
        a.show();
    }

    private static String describeRejected(PlaceMention m) {
        return "“" + m.surface() + "” in " + m.articleId() + ": " + m.rule() + " (" + m.role().name()
                .toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private String describeUnpinned(Incident i) {
        Extraction x = model.extraction();
        String quote = i.evidence().isEmpty() ? "" : x.article(i.evidence().get(0).articleId())
                .map(a -> " — “" + EvidenceMarkup.sentenceOf(a, i.evidence().get(0)).of(a.text()).strip()
                        + "”").orElse("");
        return i.type().label() + ", " + EvidencePopupView.describe(i.date()) + quote;
    }
}
