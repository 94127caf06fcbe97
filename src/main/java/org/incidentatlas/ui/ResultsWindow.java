package org.incidentatlas.ui;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.ui.map.AtlasMapView;

/**
 * Results too large to hold as records (a million incidents): a map of counts per screen cell drawn by
 * {@link StoreBinsLayer}, and a type and date filter evaluated in the store. Owns the store; closing the window
 * closes it.
 */
final class ResultsWindow {
    private ResultsWindow() {
    }

    static Stage open(ResultsStore store, long total) throws SQLException {
        AtlasMapView map = new AtlasMapView();
        StoreBinsLayer layer = new StoreBinsLayer(map, store);
        map.mapView().addLayer(layer);
        ChoiceBox<String> type = new ChoiceBox<>();
        List<String> types = new ArrayList<>();
        types.add("All event types");
        types.addAll(store.eventTypes());
        type.getItems().setAll(types);
        type.getSelectionModel().select(0);
        DatePicker from = new DatePicker();
        from.setPromptText("from");
        DatePicker to = new DatePicker();
        to.setPromptText("to");
        Label count = new Label(total + " incidents");
        Runnable apply = () -> {
            String t = type.getValue();
            LocalDate a = from.getValue();
            LocalDate b = to.getValue();
            layer.setFilter(new ResultsStore.Filter(t == null || t.equals(types.get(0)) ? Set.of() : Set.of(t), a, b));
        };
        type.setOnAction(e -> apply.run());
        from.setOnAction(e -> apply.run());
        to.setOnAction(e -> apply.run());
        layer.setOnBins(b -> count.setText(String.format("%,d incidents in view (of %,d)", b.total(), total)));
        HBox bar = new HBox(8, new Label("Type"), type, new Label("Date"), from, to, count);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(map, bar, null, null, null);
        Stage stage = new Stage();
        stage.setTitle("Incident Atlas — " + store.source().getFileName() + " (" + String.format("%,d", total) + " incidents)");
        stage.setScene(new Scene(root, 1200, 800));
        stage.setOnHidden(e -> {
            layer.dispose();
            try {
                store.close();
            } catch (IOException ex) {
                System.getLogger(ResultsWindow.class.getName()).log(System.Logger.Level.WARNING, ex.getMessage());
            }
        });
        stage.show();
        map.setHomeBounds(store.extent());
        map.zoomToAll();
        return stage;
    }
}
