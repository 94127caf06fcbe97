package org.incidentatlas.ui.table;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.text.Text;
import org.incidentatlas.model.Incident;

/**
 * The shown incidents as a sortable table (click a header; the view model sorts), with the shared search and the
 * "only what is in view" switch above it. Selecting a row selects the incident everywhere; a selection made elsewhere is shown here
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
        for (EventTableViewModel.Column c : EventTableViewModel.Column.values()) {
            table.getColumns().add(column(c));
        }
        table.setPlaceholder(new Label("No incident passes the filters"));
        table.setItems(vm.rows());
        // the view model sorts (ranked once per index, so a filter change does not sort 100k rows again)
        table.setSortPolicy(t -> {
            vm.sortBy(t.getSortOrder().stream().map(c -> new EventTableViewModel.SortKey(
                    (EventTableViewModel.Column) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING))
                    .toList());
            follow(vm.selectedProperty().get());
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (!following && i != null) {
                vm.selectedProperty().set(i);
            }
        });
        vm.selectedProperty().addListener((o, a, i) -> follow(i));
        // chronological by default (oldest first, undated last): the analyst can sort by any header after that
        TableColumn<Incident, ?> date = table.getColumns().get(EventTableViewModel.Column.DATE.ordinal());
        date.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(date));
        // columns as wide as their content (measured on the first rows), so dates and places are not cut
        vm.rows().addListener((javafx.collections.ListChangeListener<Incident>) c -> fitColumns());
        fitColumns();
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

    /** Sets each column's width to its widest text among the header and the first rows (within bounds). */
    private void fitColumns() {
        List<Incident> rows = table.getItems();
        int n = Math.min(rows.size(), 300);
        if (n == 0 || n == fittedFor) {
            return;
        }
        fittedFor = n;
        Text probe = new Text();
        for (TableColumn<Incident, ?> col : table.getColumns()) {
            EventTableViewModel.Column c = (EventTableViewModel.Column) col.getUserData();
            probe.setText(c.header());
            double w = probe.getLayoutBounds().getWidth() + 28; // room for the sort arrow
            for (int k = 0; k < n; k++) {
                probe.setText(c.text(rows.get(k)));
                w = Math.max(w, probe.getLayoutBounds().getWidth() + 16);
            }
            col.setPrefWidth(Math.min(MAX_COLUMN_WIDTH, Math.max(c.width() * 0.5, Math.ceil(w))));
        }
    }

    private static final double MAX_COLUMN_WIDTH = 320;
    private int fittedFor = -1;

    private static TableColumn<Incident, String> column(EventTableViewModel.Column c) {
        TableColumn<Incident, String> col = new TableColumn<>(c.header());
        col.setPrefWidth(c.width());
        col.setUserData(c);
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(c.text(cd.getValue())));
        return col;
    }

    public TableView<Incident> table() {
        return table;
    }
}
