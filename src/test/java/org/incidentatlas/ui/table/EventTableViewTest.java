package org.incidentatlas.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import org.incidentatlas.model.Incident;
import org.incidentatlas.pipeline.IncidentFilter.Facet;
import org.incidentatlas.ui.FilterModel;
import org.incidentatlas.ui.SelectionModel;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Sorting by a header goes through the view model, keeps the selection, and survives a filter change. */
@Tag("ui")
@org.junit.jupiter.api.extension.ExtendWith(org.incidentatlas.ui.ToolkitThroughTestFx.class)
class EventTableViewTest {

    @Test
    void aHeaderSortKeepsTheSelectionAndAFilterChangeKeepsTheOrder() throws Exception {
        CompletableFuture<List<List<String>>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                FilterModel filter = new FilterModel(Runnable::run, Runnable::run);
                SelectionModel selection = new SelectionModel();
                EventTableViewModel vm = new EventTableViewModel(filter, selection);
                filter.setExtraction(SyntheticExtraction.extraction()).join();
                EventTableView view = new EventTableView(vm);
                new Scene(view, 900, 400);
                view.applyCss();
                view.layout();
                var table = view.table();
                Incident i3 = table.getItems().stream().filter(i -> i.id().equals("i3")).findFirst().orElseThrow();
                selection.select(i3);
                TableColumn<Incident, ?> date = table.getColumns().get(0);
                date.setSortType(TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(List.of(date));
                List<String> sorted = ids(table.getItems());
                String selected = table.getSelectionModel().getSelectedItem().id();
                filter.toggle(Facet.EVENT_TYPE, "Violence against civilians");
                filter.toggle(Facet.EVENT_TYPE, "Strategic developments");
                List<String> filtered = ids(table.getItems());
                table.getSortOrder().clear();
                done.complete(List.of(sorted, List.of(selected), filtered, ids(table.getItems())));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        List<List<String>> r = done.get(30, TimeUnit.SECONDS);
        // latest first, as text: "undated" sorts after the digits, ties keep extraction order
        assertThat(r.get(0)).containsExactly("i6", "i5", "i4", "i3", "i2", "i1", "i7");
        assertThat(r.get(1)).containsExactly("i3");
        assertThat(r.get(2)).containsExactly("i6", "i5", "i4", "i7");
        assertThat(r.get(3)).containsExactly("i4", "i5", "i6", "i7");
    }

    private static List<String> ids(List<Incident> rows) {
        return rows.stream().map(Incident::id).toList();
    }
}
