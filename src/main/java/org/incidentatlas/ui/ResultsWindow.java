package org.incidentatlas.ui;

import java.io.IOException;
import java.sql.SQLException;
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
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
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
 * per screen cell, and filtered by type and date on a background thread (the newest filter wins); a click on a cell
 * lists its incidents with their quoted sentences (read from the store off the FX thread). Owns the store; closing
 * the window closes it.
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
            ResultsStore.Filter f = filter(type, types, from, to);
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
        // a click on a coloured cell lists its incidents with their sentences, fetched from the store off the FX thread
        Label cellTitle = new Label("Click a coloured cell for its incidents and the sentences that report them.");
        cellTitle.setWrapText(true);
        ListView<String> hits = new ListView<>();
        hits.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox side = new VBox(6, cellTitle, hits);
        side.setPadding(new Insets(6));
        side.setPrefWidth(340);
        VBox.setVgrow(hits, javafx.scene.layout.Priority.ALWAYS);
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
                return;
            }
            double[] box = layer.cellAt(e.getX(), e.getY());
            if (box == null) {
                return;
            }
            ResultsStore.Filter f = filter(type, types, from, to);
            cellTitle.setText("Reading the cell…");
            worker.execute(() -> {
                List<Results.Hit> found;
                try {
                    found = store.incidentsIn(box[0], box[1], box[2], box[3], f, CELL_LIST + 1);
                } catch (SQLException | RuntimeException ex) {
                    Platform.runLater(() -> cellTitle.setText("Cannot read the cell: " + ex.getMessage()));
                    return;
                }
                List<String> lines = found.stream().limit(CELL_LIST).map(ResultsWindow::describe).toList();
                String title = String.format("%s%d incident%s near %.4f, %.4f", found.size() > CELL_LIST ? "the first " : "",
                        lines.size(), lines.size() == 1 ? "" : "s", (box[1] + box[3]) / 2, (box[0] + box[2]) / 2);
                Platform.runLater(() -> {
                    cellTitle.setText(title);
                    hits.getItems().setAll(lines);
                });
            });
        });
        BorderPane root = new BorderPane(map, bar, side, null, null);
        Stage stage = new Stage();
        stage.setTitle("Incident Atlas — " + store.source().getFileName() + " (" + String.format("%,d", total) + " incidents)");
        stage.setScene(new Scene(root, 1400, 800));
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

    /** How many incidents of a clicked cell are listed. */
    static final int CELL_LIST = 50;

    private static ResultsStore.Filter filter(ChoiceBox<String> type, List<String> types, DatePicker from, DatePicker to) {
        String t = type.getValue();
        return new ResultsStore.Filter(t == null || t.equals(types.get(0)) ? Set.of() : Set.of(t), from.getValue(), to.getValue());
    }

    /** One incident of a clicked cell: date, type, place, id, then its quoted sentences. */
    static String describe(Results.Hit h) {
        StringBuilder s = new StringBuilder();
        s.append(h.date() == null ? "undated" : h.date()).append(" · ").append(h.eventType() == null ? "?" : h.eventType());
        if (h.place() != null) {
            s.append(" · ").append(h.place());
        }
        if (h.id() != null) {
            s.append("  (").append(h.id()).append(')');
        }
        for (String q : h.quotes()) {
            s.append("\n“").append(q).append('”');
        }
        return s.toString();
    }
}
