package org.incidentatlas.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip made when the pointer first enters the control, its text taken then (and again on every entry).
 * A {@link Tooltip} is a popup window with a scene of its own: made up front, the window's few buttons and the facet
 * panel's many check boxes cost the launch's first frames a popup scene and its CSS each (issue 12).
 */
public final class HoverTooltip {
    private HoverTooltip() {
    }

    /** Gives {@code control} a tooltip with {@code text} once the pointer is over it. */
    public static void install(Control control, String text) {
        install(control, () -> text);
    }

    /** Gives {@code control} a tooltip once the pointer is over it, with the text {@code text} gives at each entry. */
    public static void install(Control control, Supplier<String> text) {
        EventHandler<MouseEvent> entered = e -> {
            String t = text.get();
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(t));
            } else if (!t.equals(control.getTooltip().getText())) {
                control.getTooltip().setText(t);
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, entered);
    }
}
