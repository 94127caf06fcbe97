package org.incidentatlas.ui;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.incidentatlas.io.IncidentPoints;
import org.incidentatlas.io.Results;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.ui.map.AtlasMapView;

/**
 * Results too large to hold as records (a million incidents): their points are read once from the store into
 * {@link IncidentPoints} (in the background, the window says so), drawn by {@link IncidentPointsLayer} as counts
 * per screen cell, and filtered by type and date on a background thread (the newest filter wins). Owns the store;
 * closing the window closes it.
 */
final class ResultsWindow {
    private ResultsWindow() {
    }

    static Stage open(Results store, long total) throws SQLException {
        AtlasMapView map = new AtlasMapView();
        IncidentPointsLayer layer = new IncidentPointsLayer(map);
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
        Label count = new Label(String.format("reading %,d incidents…", total));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "results-filter");
            t.setDaemon(true);
            return t;
        });
        AtomicLong generation = new AtomicLong();
        IncidentPoints[] points = new IncidentPoints[1];
        int[] matching = {(int) total};
        Runnable apply = () -> {
            IncidentPoints p = points[0];
            if (p == null) {
                return; // applied once the points are read
            }
            String t = type.getValue();
            LocalDate a = from.getValue();
            LocalDate b = to.getValue();
            ResultsStore.Filter f = new ResultsStore.Filter(t == null || t.equals(types.get(0)) ? Set.of() : Set.of(t), a, b);
            long gen = generation.incrementAndGet();
            worker.execute(() -> {
                if (gen != generation.get()) {
                    return;
                }
                int[] rows = f.equals(ResultsStore.Filter.ALL) ? null : p.select(f);
                Platform.runLater(() -> {
                    if (gen == generation.get()) {
                        matching[0] = rows == null ? p.size() : rows.length;
                        layer.show(p, rows);
                    }
                });
            });
        };
        type.setOnAction(e -> apply.run());
        from.setOnAction(e -> apply.run());
        to.setOnAction(e -> apply.run());
        layer.setOnDraw(c -> count.setText(String.format("%,d incidents in view, %,d match (of %,d)", c.total(), matching[0],
                total)));
        HBox bar = new HBox(8, new Label("Type"), type, new Label("Date"), from, to, count);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(map, bar, null, null, null);
        Stage stage = new Stage();
        stage.setTitle("Incident Atlas — " + store.source().getFileName() + " (" + String.format("%,d", total) + " incidents)");
        stage.setScene(new Scene(root, 1200, 800));
        stage.setOnHidden(e -> {
            worker.shutdownNow();
            try {
                store.close();
            } catch (IOException ex) {
                System.getLogger(ResultsWindow.class.getName()).log(System.Logger.Level.WARNING, ex.getMessage());
            }
        });
        stage.show();
        worker.execute(() -> {
            IncidentPoints p;
            try {
                p = store.points();
            } catch (SQLException | RuntimeException ex) {
                Platform.runLater(() -> count.setText(store.source() + ": cannot read the incidents: " + ex.getMessage()));
                return;
            }
            Platform.runLater(() -> {
                points[0] = p;
                map.setHomeBounds(p.extent());
                map.zoomToAll();
                apply.run();
            });
        });
        return stage;
    }
}
