package org.incidentatlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.incidentatlas.model.Incident;

/**
 * The incident the analyst is looking at, shared by map, timeline, table and reader: each view writes it when the
 * analyst picks something and follows it when another view does. A view that reacts by writing it again is
 * harmless: setting the same incident fires nothing.
 */
public final class SelectionModel {
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>(this, "selected");

    public ObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    public Incident selected() {
        return selected.get();
    }

    public void select(Incident i) {
        selected.set(i);
    }

    public void clear() {
        selected.set(null);
    }
}
