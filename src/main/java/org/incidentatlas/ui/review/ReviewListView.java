package org.incidentatlas.ui.review;

import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The review queue as a list; a double-click (or Enter) opens the item's sentence, D marks it done (or not). */
public final class ReviewListView extends ListView<ReviewViewModel.Row> {
    public ReviewListView(ReviewViewModel vm, Consumer<ReviewViewModel.Row> open) {
        super(vm.rows());
        getStyleClass().add("review-list");
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.done() ? "\u2713 " : "") + r.label());
                getStyleClass().remove("review-done");
                if (!empty && r != null && r.done()) {
                    getStyleClass().add("review-done");
                }
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && getSelectionModel().getSelectedItem() != null) {
                open.accept(getSelectionModel().getSelectedItem());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.accept(getSelectionModel().getSelectedItem());
            } else if (e.getCode() == javafx.scene.input.KeyCode.D && getSelectionModel().getSelectedItem() != null) {
                vm.toggleDone(getSelectionModel().getSelectedItem());
            }
        });
    }
}
