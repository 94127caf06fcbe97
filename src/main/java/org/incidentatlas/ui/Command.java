package org.incidentatlas.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * One analyst action, declared once: its words, its key, when it applies and what it does. Menu items (in the menu
 * bar and in context menus) are made from it, fresh each time, since a JavaFX item lives in one menu only.
 */
public record Command(String label, KeyCombination key, String styleClass, BooleanSupplier enabled, Runnable action)
        implements MenuEntry {
    public static Command of(String label, Runnable action) {
        return new Command(label, null, null, () -> true, action);
    }

    public Command key(KeyCombination k) {
        return new Command(label, k, styleClass, enabled, action);
    }

    public Command style(String s) {
        return new Command(label, key, s, enabled, action);
    }

    public Command when(BooleanSupplier e) {
        return new Command(label, key, styleClass, e, action);
    }

    /** Greyed out: a heading, or "nothing to do here" said in words. */
    public static Command note(String label) {
        return new Command(label, null, null, () -> false, () -> { });
    }

    @Override
    public MenuItem item() {
        MenuItem m = new MenuItem(label);
        if (key != null) {
            m.setAccelerator(key);
        }
        if (styleClass != null) {
            m.getStyleClass().add(styleClass);
        }
        m.setDisable(!enabled.getAsBoolean());
        m.setOnAction(e -> {
            if (enabled.getAsBoolean()) {
                action.run();
            }
        });
        return m;
    }
}
