package org.incidentatlas.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Cursor;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.PlaceChoices;
import org.incidentatlas.ui.investigation.EditDialogs;
import org.incidentatlas.ui.investigation.InvestigationViewModel;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.table.EventTableViewModel;

/**
 * The analyst's corrections of the machine, one command each: move the pin (here, or at the next click), choose
 * another candidate place, edit date or type, split, merge, mark as wrong, add a note, show the history. The
 * Incident menu, the table's and the map's context menus are all made from {@link #forSelection}.
 */
final class EditCommands {
    private final AtlasWindow window;
    private final FilterModel filter;
    private final SelectionModel selection;
    private final InvestigationViewModel investigation;
    private final InvestigationController controller;
    private final Supplier<List<Incident>> tableSelection;
    /** The map's right-click menu, made on the first right-click (a popup window: not in the launch's first frame). */
    private ContextMenu mapMenu;
    private Incident moving;

    EditCommands(AtlasWindow window, FilterModel filter, SelectionModel selection,
                 InvestigationViewModel investigation, InvestigationController controller,
                 Supplier<List<Incident>> tableSelection) {
        this.window = window;
        this.filter = filter;
        this.selection = selection;
        this.investigation = investigation;
        this.controller = controller;
        this.tableSelection = tableSelection;
    }

    /**
     * The edits offered for the selection. {@code at} is the map point right-clicked, when there is one: then the
     * pin can be moved there.
     */
    List<MenuEntry> forSelection(double[] at) {
        Incident i = selection.selected();
        List<Incident> many = tableSelection.get().stream().filter(Objects::nonNull).distinct().toList();
        List<MenuEntry> items = new ArrayList<>();
        if (i == null) {
            items.add(Command.note("Select an incident to edit it"));
        } else {
            items.add(Command.note(i.type().label() + ", " + EventTableViewModel.date(i) + ", "
                    + EventTableViewModel.place(i)));
            items.add(MenuEntry.SEPARATOR);
            if (at != null) {
                items.add(Command.of(String.format(Locale.ROOT, "Move the pin here (%.4f, %.4f)", at[0], at[1]),
                        () -> movePin(i, at[0], at[1])));
            }
            items.add(Command.of("Move pin… (then click the map)", () -> startMoving(i)));
            items.add(Command.of("Choose another place…", () -> choosePlaceDialog(i)).when(() ->
                    filter.extraction() != null && !PlaceChoices.forIncident(filter.extraction(), i).isEmpty()));
            items.add(Command.of("Edit date…", () -> editDateDialog(i)));
            items.add(Command.of("Edit type…", () -> editTypeDialog(i)));
            items.add(Command.of("Split…", () -> splitDialog(i)).when(() -> i.evidence().size() >= 2));
        }
        items.add(Command.of("Merge " + (many.size() >= 2 ? many.size() + " " : "") + "selected incidents",
                () -> merge(many)).when(() -> many.size() >= 2));
        if (i != null) {
            items.add(Command.of("Mark as wrong", () -> controller.applyEdit(new AnalystEdit.MarkWrong(analyst(),
                    Instant.now(), i.id(), "marked by the analyst"))).style("mark-wrong"));
            items.add(MenuEntry.SEPARATOR);
            items.add(Command.of("Add note…", () -> noteDialog(i)));
            items.add(Command.of("History…", () -> EditDialogs.history(window.owner(), i, investigation.history(i))));
        }
        return items;
    }

    /** Right-click on the map: the incident under the pointer, "move the pin here"; a click after "Move pin…". */
    void wireMap() {
        // a secondary click rather than CONTEXT_MENU_REQUESTED: the same on every platform, headless included
        window.map().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            MapViewport v = window.map().viewport();
            if (v == null || e.getButton() != MouseButton.SECONDARY || !e.isStillSincePress()) {
                return;
            }
            List<MapFeature> hit = window.map().hitAt(e.getX(), e.getY());
            if (hit.size() == 1 && hit.get(0).payload() instanceof Incident i && i != selection.selected()) {
                selection.select(i);
            }
            double[] at = {v.latAt(e.getY()), ((v.lonAt(e.getX()) + 540) % 360) - 180};
            if (mapMenu == null) {
                mapMenu = new ContextMenu();
            }
            MenuEntry.refill(mapMenu.getItems(), () -> forSelection(at));
            mapMenu.show(window.map(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        window.map().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (mapMenu != null) {
                mapMenu.hide();
            }
        });
        window.map().addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (moving != null && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                MapViewport v = window.map().viewport();
                Incident i = moving;
                stopMoving(null);
                if (v != null) {
                    movePin(i, v.latAt(e.getY()), ((v.lonAt(e.getX()) + 540) % 360) - 180);
                }
                e.consume();
            }
        });
        window.map().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (moving != null && e.getCode() == KeyCode.ESCAPE) {
                stopMoving("Move cancelled");
                e.consume();
            }
        });
    }

    private void startMoving(Incident i) {
        moving = i;
        window.map().setCursor(Cursor.CROSSHAIR);
        window.map().requestFocus();
        investigation.say("Click the map where " + i.id() + " happened (Esc cancels)");
    }

    private void stopMoving(String message) {
        moving = null;
        window.map().setCursor(null);
        if (message != null) {
            investigation.say(message);
        }
    }

    /** Puts an incident's pin at a point (the machine's place stays in the edit). */
    void movePin(Incident i, double lat, double lon) {
        Incident m = machineOf(i);
        Place p = m.place();
        controller.applyEdit(new AnalystEdit.MovePin(analyst(), Instant.now(), i.id(), p == null ? null : p.id(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), lat, lon));
        investigation.say(String.format(Locale.ROOT, "Moved %s to %.4f, %.4f", i.id(), lat, lon));
    }

    /** Chooses another of a mention's candidate places; incidents placed by it follow. */
    void choosePlace(PlaceMention mention, Place chosen) {
        Extraction machine = controller.machine();
        PlaceMention m = machine == null ? null : PlaceChoices.find(machine, mention.evidence());
        PlaceMention was = m != null ? m : mention;
        controller.applyEdit(new AnalystEdit.ChoosePlace(analyst(), Instant.now(), mention.evidence(),
                was.place() == null ? null : was.place().id(), chosen.id()));
        investigation.say("\u201c" + mention.surface() + "\u201d is now " + chosen.name());
    }

    /** Merges incidents into one; the first (in the order given) gives type, date and place. */
    void merge(List<Incident> parts) {
        if (parts.size() < 2) {
            return;
        }
        String id = freshId(parts.get(0).id() + "+merged");
        controller.applyEdit(new AnalystEdit.Merge(analyst(), Instant.now(), parts.stream().map(Incident::id)
                .toList(), id));
        investigation.say("Merged " + parts.size() + " incidents into " + id);
    }

    /** Moves some of an incident's sentences into a new incident. */
    void split(Incident i, List<Evidence> detached) {
        String id = freshId(i.id() + "/split");
        controller.applyEdit(new AnalystEdit.Split(analyst(), Instant.now(), i.id(), detached, id));
        investigation.say("Split " + detached.size() + " sentence(s) of " + i.id() + " into " + id);
    }

    /** An id no incident of the machine's or the analyst's extraction has (and no earlier edit made). */
    private String freshId(String base) {
        Set<String> taken = new HashSet<>();
        for (Extraction x : Arrays.asList(controller.machine(), filter.extraction())) {
            if (x != null) {
                x.incidents().forEach(i -> taken.add(i.id()));
            }
        }
        investigation.edits().forEach(e -> taken.add(e.target()));
        String id = base;
        for (int k = 2; taken.contains(id); k++) {
            id = base + k;
        }
        return id;
    }

    /** Choose another place for one of the names of a review item's mention. */
    void choosePlaceForMention(PlaceMention m) {
        EditDialogs.choosePlace(window.owner(), m, PlaceChoices.forMention(m))
                .ifPresent(o -> choosePlace(o.mention(), o.candidate().place()));
    }

    private void choosePlaceDialog(Incident i) {
        Extraction x = filter.extraction();
        if (x != null) {
            EditDialogs.choosePlace(window.owner(), i, PlaceChoices.forIncident(x, i))
                    .ifPresent(o -> o.mentions().forEach(m -> choosePlace(m, o.candidate().place())));
        }
    }

    private void splitDialog(Incident i) {
        Extraction x = filter.extraction();
        if (x != null) {
            EditDialogs.split(window.owner(), x, i).ifPresent(d -> split(i, d));
        }
    }

    private void noteDialog(Incident i) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Note on " + i.id());
        d.setHeaderText(i.type().label() + ", " + EventTableViewModel.date(i) + ", " + EventTableViewModel.place(i));
        d.initOwner(window.owner());
        d.showAndWait().filter(t -> !t.isBlank()).ifPresent(t -> investigation.record(
                new AnalystEdit.Note(analyst(), Instant.now(), i.id(), t)));
    }

    private void editDateDialog(Incident i) {
        TextInputDialog d = new TextInputDialog(i.date().iso() == null ? "" : i.date().iso());
        d.setTitle("Date of " + i.id());
        d.setHeaderText("Type 2020, 2020-01, 2020-01-05 or 2020-01-05..2020-01-09 (machine: "
                + EventTableViewModel.date(machineOf(i)) + ")");
        d.initOwner(window.owner());
        d.showAndWait().ifPresent(t -> {
            EventDate typed = EventTableViewModel.typedDate(t);
            if (typed == null) {
                window.error("Not a date: \u201c" + t + "\u201d");
            } else {
                controller.applyEdit(new AnalystEdit.EditDate(analyst(), Instant.now(), i.id(), machineOf(i).date(),
                        typed));
            }
        });
    }

    private void editTypeDialog(Incident i) {
        if (filter.extraction() == null) {
            return;
        }
        List<String> labels = Stream.concat(filter.extraction().incidents().stream().map(x -> x.type().label()),
                EventType.ACLED.stream().map(EventType::label)).distinct().sorted().toList();
        ChoiceDialog<String> d = new ChoiceDialog<>(i.type().label(), labels);
        d.setTitle("Type of " + i.id());
        d.setHeaderText("Machine: " + machineOf(i).type().label());
        d.initOwner(window.owner());
        d.showAndWait().filter(t -> !t.equals(i.type().label())).ifPresent(t -> controller.applyEdit(
                new AnalystEdit.EditType(analyst(), Instant.now(), i.id(), machineOf(i).type(), EventType.parse(t))));
    }

    /** The machine's version of an incident (edits record the machine value beside the analyst's). */
    private Incident machineOf(Incident i) {
        Extraction machine = controller.machine();
        if (machine != null) {
            for (Incident m : machine.incidents()) {
                if (m.id().equals(i.id())) {
                    return m;
                }
            }
        }
        return i;
    }

    private static String analyst() {
        return System.getProperty("user.name", "analyst");
    }
}
