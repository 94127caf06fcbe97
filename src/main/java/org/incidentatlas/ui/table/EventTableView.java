package org.incidentatlas.ui.table;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentatlas.model.Incident;

/**
 * The shown incidents as a sortable table (click a header), with the shared search and the "only what is in
 * view" switch above it. Selecting a row selects the incident everywhere; a selection made elsewhere is shown here
 * and scrolled to.
 */
public final class EventTableView extends VBox {
    private final TableView<Incident> table = new TableView<>();
    private boolean following;

    public EventTableView(EventTableViewModel vm) {
        getStyleClass().add("event-table");
        TextField search = new TextField();
        search.setPromptText("Search events (Nujaba, Ain al-Asad, drone…)");
        search.getStyleClass().add("table-search");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox inView = new CheckBox("Only what is in view");
        inView.getStyleClass().add("only-in-view");
        inView.selectedProperty().bindBidirectional(vm.onlyInViewProperty());
        Label count = new Label();
        count.getStyleClass().add("table-count");
        count.textProperty().bind(vm.countProperty());
        HBox bar = new HBox(8, search, inView, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 6, 3, 6));
        table.getColumns().add(column("Date", 90, EventTableViewModel::date));
        table.getColumns().add(column("Type", 150, i -> i.type().type()));
        table.getColumns().add(column("Sub-type", 170, i -> i.type().subType()));
        table.getColumns().add(column("Place", 140, EventTableViewModel::place));
        table.getColumns().add(column("Actors", 190, EventTableViewModel::actors));
        table.getColumns().add(column("Status", 80, i -> i.status().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns().add(column("Killed", 55, i -> i.fatalities() == null ? "" : i.fatalities().toString()));
        table.getColumns().add(column("Sources", 60, i -> String.valueOf(i.sources().size())));
        table.setPlaceholder(new Label("No incident passes the filters"));
        SortedList<Incident> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (!following && i != null) {
                vm.selectedProperty().set(i);
            }
        });
        vm.selectedProperty().addListener((o, a, i) -> follow(i));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private void follow(Incident i) {
        following = true;
        try {
            if (i == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != i) {
                // clear first: with several rows selectable (merge), select() would add to the selection
                int at = table.getItems().indexOf(i);
                if (at >= 0) {
                    table.getSelectionModel().clearAndSelect(at);
                } else {
                    table.getSelectionModel().clearSelection();
                }
                int row = table.getSelectionModel().getSelectedIndex();
                if (row >= 0) {
                    table.scrollTo(Math.max(0, row - 2));
                }
            }
        } finally {
            following = false;
        }
    }

    private static TableColumn<Incident, String> column(String name, double width, Function<Incident, String> f) {
        TableColumn<Incident, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    public TableView<Incident> table() {
        return table;
    }
}
