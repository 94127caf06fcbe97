package org.incidentatlas.ui.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.pipeline.PlaceChoices;

/**
 * The dialogs of the analyst's edits that need more than a line of text: choosing another candidate place, picking
 * the sentences to split off, and reading an incident's audit trail. Each returns what was chosen; recording the
 * edit is the caller's.
 */
public final class EditDialogs {
    private EditDialogs() {
    }

    /** "“Kirkuk” → Kirkuk, IQ.13, IQ (city, pop. 601,433) · score 0.62 — in force". */
    public static String label(PlaceChoices.Option o) {
        Place p = o.candidate().place();
        StringBuilder b = new StringBuilder("\u201c").append(o.mention().surface()).append("\u201d")
                .append(o.mentions().size() > 1 ? " (" + o.mentions().size() + "\u00d7)" : "").append(" \u2192 ")
                .append(p.name());
        if (p.admin1() != null && !p.admin1().isBlank()) {
            b.append(", ").append(p.admin1());
        }
        if (p.country() != null) {
            b.append(", ").append(p.country());
        }
        b.append(" (").append(p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (p.population() > 0) {
            b.append(String.format(Locale.ROOT, ", pop. %,d", p.population()));
        }
        b.append(String.format(Locale.ROOT, ") \u00b7 %.2f, %.2f \u00b7 score %.2f", p.lat(), p.lon(),
                o.candidate().score()));
        if (o.current()) {
            b.append(" \u2014 in force");
        }
        if (o.candidate().note() != null && !o.candidate().note().isBlank()) {
            b.append(" \u2014 ").append(o.candidate().note());
        }
        return b.toString();
    }

    /** Lists the candidate places; OK takes the selected one (not the one in force). */
    public static Optional<PlaceChoices.Option> choosePlace(Window owner, Incident i, List<PlaceChoices.Option> options) {
        return choosePlace(owner, "Choose another place for " + i.id(), options);
    }

    /** The same for one mention (from the review queue). */
    public static Optional<PlaceChoices.Option> choosePlace(Window owner, org.incidentatlas.model.PlaceMention m,
                                                            List<PlaceChoices.Option> options) {
        return choosePlace(owner, "Choose the place of \u201c" + m.surface() + "\u201d (" + m.articleId() + ")",
                options);
    }

    private static Optional<PlaceChoices.Option> choosePlace(Window owner, String title,
                                                             List<PlaceChoices.Option> options) {
        Dialog<PlaceChoices.Option> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(options.isEmpty() ? "No candidate places were found in this incident's sentences."
                : "The places the geoparser considered for the names in this incident's sentences, best first.\n"
                + "The incident follows the name it was placed by; the machine's choice stays on file.");
        ListView<PlaceChoices.Option> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(
                options));
        list.getStyleClass().add("place-choices");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PlaceChoices.Option o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : label(o));
                // dialogs have their own scene: this one style stays inline
                setStyle(o != null && o.current() ? "-fx-font-weight: bold;" : "");
            }
        });
        list.setPrefSize(860, Math.min(360, 40 + 26 * Math.max(1, options.size())));
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> list.getSelectionModel().getSelectedItem() == null
                        || list.getSelectionModel().getSelectedItem().current(),
                        list.getSelectionModel().selectedItemProperty()));
        d.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        d.setResizable(true);
        if (owner != null) {
            d.initOwner(owner);
        }
        return d.showAndWait();
    }

    /** Checkboxes, one per quoted sentence; OK detaches the checked ones (at least one, not all). */
    public static Optional<List<Evidence>> split(Window owner, Extraction x, Incident i) {
        Dialog<List<Evidence>> d = new Dialog<>();
        d.setTitle("Split " + i.id());
        d.setHeaderText("Tick the sentences that report a different event: they become a new incident with the\n"
                + "same type, date and place (edit those after). The rest stay in " + i.id() + ".");
        VBox box = new VBox(6);
        box.setPadding(new Insets(4));
        List<CheckBox> boxes = new ArrayList<>();
        for (Evidence e : i.evidence()) {
            Article a = x.article(e.articleId()).orElse(null);
            String quote = a == null || e.sentence() >= a.sentences().size() ? e.articleId() + " " + e.span()
                    : "\u201c" + a.sentences().get(e.sentence()).of(a.text()).strip() + "\u201d \u2014 " + a.id()
                    + "\n    evidence: \u201c" + e.span().of(a.text()) + "\u201d";
            CheckBox c = new CheckBox(quote);
            c.setWrapText(true);
            c.setMaxWidth(640);
            c.getStyleClass().add("split-sentence");
            boxes.add(c);
            box.getChildren().add(c);
        }
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setPrefSize(680, Math.min(380, 30 + 60 * i.evidence().size()));
        d.getDialogPane().setContent(sp);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        javafx.beans.binding.BooleanBinding invalid = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            long n = boxes.stream().filter(CheckBox::isSelected).count();
            return n == 0 || n == boxes.size();
        }, boxes.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(invalid);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<Evidence> out = new ArrayList<>();
            for (int k = 0; k < boxes.size(); k++) {
                if (boxes.get(k).isSelected()) {
                    out.add(i.evidence().get(k));
                }
            }
            return out;
        });
        d.setResizable(true);
        if (owner != null) {
            d.initOwner(owner);
        }
        return d.showAndWait();
    }

    /** The audit trail of an incident, oldest first (shown, not modal). */
    public static void history(Window owner, Incident i, List<String> lines) {
        Dialog<Void> d = new Dialog<>();
        d.setTitle("History of " + i.id());
        d.setHeaderText(i.type().label() + "\nMachine values stay on file beside the analyst's.");
        Label empty = new Label("No analyst edits: everything shown is the machine's reading.");
        ListView<String> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(lines));
        list.getStyleClass().add("edit-history");
        list.setPrefSize(680, 240);
        d.getDialogPane().setContent(lines.isEmpty() ? empty : list);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setResizable(true);
        if (owner != null) {
            d.initOwner(owner);
        }
        d.show();
    }
}
