package org.incidentatlas.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SelectionModel;

/**
 * The table's rows: the shown incidents, optionally only those inside the map's view ({@code viewport} as west,
 * south, east, north). Its search field is the shared filter's text, so searching the table also filters the map
 * and the timeline: one search, not two that disagree. Unpinned incidents are never "in view".
 */
public final class EventTableViewModel {
    private final FilterModel filter;
    private final SelectionModel selection;
    private final ObservableList<Incident> rows = FXCollections.observableArrayList();
    private final BooleanProperty onlyInView = new SimpleBooleanProperty(this, "onlyInView");
    private final ObjectProperty<double[]> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    public EventTableViewModel(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        filter.shown().addListener((ListChangeListener<Incident>) c -> refresh());
        onlyInView.addListener(o -> refresh());
        viewport.addListener(o -> {
            if (onlyInView.get()) {
                refresh();
            }
        });
        search.addListener((o, a, s) -> {
            if (!filter.state().text().equals(s == null ? "" : s.strip())) {
                filter.setText(s);
            }
        });
        filter.stateProperty().addListener((o, a, s) -> {
            if (!s.text().equals(search.get().strip())) {
                search.set(s.text());
            }
        });
        refresh();
    }

    private void refresh() {
        List<Incident> out;
        double[] b = viewport.get();
        if (onlyInView.get() && b != null) {
            out = new ArrayList<>();
            for (Incident i : filter.shown()) {
                if (inside(i, b)) {
                    out.add(i);
                }
            }
        } else {
            out = filter.shown();
        }
        rows.setAll(out);
        int total = filter.shown().size();
        count.set(onlyInView.get() && b != null ? out.size() + " in view of " + total + " shown" : total + " shown");
    }

    static boolean inside(Incident i, double[] b) {
        if (!i.isPinned()) {
            return false;
        }
        double lat = i.place().lat();
        double lon = i.place().lon();
        boolean lonIn = b[0] <= b[2] ? lon >= b[0] && lon <= b[2] : lon >= b[0] || lon <= b[2];
        return lonIn && lat >= b[1] && lat <= b[3];
    }

    /** The columns' text, also what the tests read. */
    public static String date(Incident i) {
        String iso = i.date().iso();
        return iso == null ? "undated" : iso;
    }

    public static String place(Incident i) {
        if (i.place() != null) {
            return i.place().name();
        }
        return i.area() != null ? "somewhere in " + i.area().name() : "(no place)";
    }

    public static String actors(Incident i) {
        return i.actors().stream().map(Actor::name).distinct().collect(Collectors.joining("; "));
    }

    /**
     * A date as the analyst types it, at the precision typed: "2020" a year, "2020-01" a month, "2020-01-05" a day,
     * "2020-01-05..2020-01-09" a range; null when it is not one of these (the dialog says so).
     */
    public static org.incidentatlas.model.EventDate typedDate(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                java.time.LocalDate s = java.time.LocalDate.of(Integer.parseInt(t), 1, 1);
                return new org.incidentatlas.model.EventDate(s, s.withDayOfYear(s.lengthOfYear()),
                        org.incidentatlas.model.DatePrecision.YEAR, t, false);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                java.time.YearMonth m = java.time.YearMonth.parse(t);
                return new org.incidentatlas.model.EventDate(m.atDay(1), m.atEndOfMonth(),
                        org.incidentatlas.model.DatePrecision.MONTH, t, false);
            }
            if (t.contains("..")) {
                String[] p = t.split("\\.\\.", 2);
                java.time.LocalDate a = java.time.LocalDate.parse(p[0].strip());
                java.time.LocalDate b = java.time.LocalDate.parse(p[1].strip());
                return new org.incidentatlas.model.EventDate(a, b, a.equals(b) ? org.incidentatlas.model.DatePrecision.DAY
                        : org.incidentatlas.model.DatePrecision.WEEK, t, false);
            }
            return org.incidentatlas.model.EventDate.day(java.time.LocalDate.parse(t), t);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public ObservableList<Incident> rows() {
        return rows;
    }

    public BooleanProperty onlyInViewProperty() {
        return onlyInView;
    }

    public ObjectProperty<double[]> viewportProperty() {
        return viewport;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<Incident> selectedProperty() {
        return selection.selectedProperty();
    }
}
