package org.incidentatlas.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * What a menu is declared from: {@link Command}s, {@link Switch}es, {@link #SEPARATOR}s and {@link Submenu}s.
 * Menus are built once from a list of entries ({@link #menu}); menus whose items depend on the selection are
 * rebuilt from their entries when the selection changes ({@link #refill}), never while they are being shown.
 */
public sealed interface MenuEntry permits Command, MenuEntry.Switch, MenuEntry.Separator, MenuEntry.Submenu {
    Separator SEPARATOR = new Separator();

    /** A fresh menu item for this entry. */
    MenuItem item();

    /** A layer or mode switched on and off, bound both ways to its property. */
    record Switch(String label, BooleanProperty on, String styleClass) implements MenuEntry {
        @Override
        public MenuItem item() {
            CheckMenuItem c = new CheckMenuItem(label);
            c.selectedProperty().bindBidirectional(on);
            if (styleClass != null) {
                c.getStyleClass().add(styleClass);
            }
            return c;
        }
    }

    /** A line between groups. */
    record Separator() implements MenuEntry {
        @Override
        public MenuItem item() {
            return new SeparatorMenuItem();
        }
    }

    /** A menu kept up to date by its owner (one check item per kind of event drawn, say). */
    record Submenu(Menu menu) implements MenuEntry {
        @Override
        public MenuItem item() {
            return menu;
        }
    }

    static Menu menu(String title, List<? extends MenuEntry> entries) {
        Menu m = new Menu(title);
        entries.forEach(e -> m.getItems().add(e.item()));
        return m;
    }

    static MenuBar bar(Menu... menus) {
        return new MenuBar(menus);
    }

    /**
     * Keeps a menu's items equal to {@code entries.get()}: filled now and again on every {@code refresh}. JavaFX never
     * shows an empty context menu (and then never fires its onShowing), so the items must be there before.
     */
    static void refill(javafx.collections.ObservableList<MenuItem> items, Supplier<List<MenuEntry>> entries) {
        items.setAll(entries.get().stream().map(MenuEntry::item).toList());
    }

    /**
     * Makes {@code menu} the control's right-click menu. Platforms that send no context-menu request for a secondary
     * click (the headless Monocle glass, some touch pads) still open it: a secondary click shows it if it is not up.
     */
    static void attach(javafx.scene.control.Control control, ContextMenu menu) {
        control.setContextMenu(menu);
        control.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && e.isStillSincePress()
                    && !menu.isShowing()) {
                menu.show(control, e.getScreenX(), e.getScreenY());
            }
        });
    }

    static ContextMenu contextMenu(Supplier<List<MenuEntry>> entries) {
        ContextMenu c = new ContextMenu();
        refill(c.getItems(), entries);
        return c;
    }
}
