package org.incidentatlas.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A search field: as the analyst types, matching places, actors and incidents drop down; Enter (or a click) takes
 * one and hands it to {@code onResult}, which flies the map there.
 */
public final class SearchBoxView extends TextField {
    private final SearchViewModel vm;
    /** The drop-down of results, made when there are first results to show (a popup window: not at launch). */
    private ContextMenu popup;
    private final Consumer<SearchViewModel.Result> onResult;

    public SearchBoxView(SearchViewModel vm, Consumer<SearchViewModel.Result> onResult) {
        this.vm = vm;
        this.onResult = onResult;
        getStyleClass().add("search-box");
        setPromptText("Find a place, actor or event (e.g. Ain al-Asad)");
        setPrefColumnCount(28);
        textProperty().addListener((o, a, t) -> suggest(t));
        setOnAction(e -> go());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hidePopup();
            }
        });
        focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                hidePopup();
            }
        });
    }

    /** Takes the first result for the text in the field; returns whether there was one. */
    public boolean go() {
        hidePopup();
        List<SearchViewModel.Result> r = vm.search(getText());
        if (r.isEmpty()) {
            return false;
        }
        onResult.accept(r.get(0));
        return true;
    }

    private void suggest(String text) {
        List<SearchViewModel.Result> r = vm.search(text);
        if (r.isEmpty() || !isFocused() || getScene() == null) {
            hidePopup();
            if (popup != null) {
                popup.getItems().clear();
            }
            return;
        }
        if (popup == null) {
            popup = new ContextMenu();
        }
        popup.getItems().clear();
        for (SearchViewModel.Result res : r.subList(0, Math.min(12, r.size()))) {
            Label l = new Label(icon(res.kind()) + " " + res.label());
            l.setMnemonicParsing(false);
            CustomMenuItem item = new CustomMenuItem(l, true);
            item.setOnAction(e -> {
                popup.hide();
                onResult.accept(res);
            });
            popup.getItems().add(item);
        }
        if (!popup.isShowing()) {
            popup.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void hidePopup() {
        if (popup != null) {
            popup.hide();
        }
    }

    private static String icon(SearchViewModel.Kind k) {
        return switch (k) {
            case PLACE -> "📍";
            case ACTOR -> "👥";
            case INCIDENT -> "⚑";
        };
    }
}
