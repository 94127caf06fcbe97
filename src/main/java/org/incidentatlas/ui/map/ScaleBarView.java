package org.incidentatlas.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A scale bar for the view's centre latitude, rounded to 1, 2 or 5 × 10ⁿ km. */
public final class ScaleBarView extends VBox {
    private final Region bar = new Region();
    private final Label label = new Label();

    public ScaleBarView() {
        getStyleClass().add("scale-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-padding: 2 6; -fx-font-size: 11px;");
        bar.setStyle("-fx-border-color: #222; -fx-border-width: 0 2 2 2;");
        bar.setPrefHeight(6);
        getChildren().addAll(label, bar);
    }

    public void update(MapViewport v) {
        if (v == null) {
            return;
        }
        double km = niceKm(100 * WebMercator.metersPerPixel(v.centerLat(), v.zoom()) / 1000);
        double px = km * 1000 / WebMercator.metersPerPixel(v.centerLat(), v.zoom());
        bar.setPrefWidth(px);
        bar.setMinWidth(px);
        bar.setMaxWidth(px);
        label.setText(km >= 1 ? String.format(java.util.Locale.ROOT, "%.0f km", km)
                : String.format(java.util.Locale.ROOT, "%.0f m", km * 1000));
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code km}. */
    public static double niceKm(double km) {
        double p = Math.pow(10, Math.floor(Math.log10(km)));
        double m = km / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }
}
