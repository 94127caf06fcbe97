package org.incidentatlas.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The map key: one row per event type (same drawing code as the map), deployments, mentions and place extents.
 * Every row is made once and {@link #show} only hides the ones not wanted, so a brush that changes the kinds on
 * the map costs no new nodes.
 */
public final class LegendView extends VBox {
    private final Map<String, HBox> typeRows = new LinkedHashMap<>();
    private final HBox other = row(IncidentSymbology.OTHER, "Other event");
    private final HBox deployment = row(IncidentSymbology.DEPLOYMENT, "Deployment (actor present)");
    private final HBox mention = row(IncidentSymbology.MENTION, "Place mentioned");
    private final HBox hollow = row(IncidentSymbology.OTHER.withStyle(Symbol.Style.HOLLOW),
            "Claimed, alleged, denied, planned or threatened");
    private final HBox faded = row(IncidentSymbology.OTHER.withStyle(Symbol.Style.FADED), "Background (context, not news)");
    private java.util.Set<Symbol.Style> styles = java.util.Set.of();

    /** A key for the event types in {@code types} (all of them if null), deployments and, if shown, mentions. */
    public LegendView(java.util.Set<String> types, boolean deploymentsShown, boolean mentionsShown) {
        getStyleClass().add("map-legend");
        setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #999; -fx-font-size: 11px;");
        setPadding(new Insets(5, 8, 5, 8));
        setSpacing(2);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        Label t = new Label("Legend");
        t.setStyle("-fx-font-weight: bold;");
        getChildren().add(t);
        for (Map.Entry<String, Symbol> e : IncidentSymbology.legend().entrySet()) {
            HBox r = row(e.getValue(), e.getKey());
            typeRows.put(e.getKey(), r);
            getChildren().add(r);
        }
        getChildren().addAll(other, hollow, faded, deployment, mention);
        Canvas ring = new Canvas(18, 16);
        var g = ring.getGraphicsContext2D();
        g.setStroke(javafx.scene.paint.Color.web("#555"));
        g.setLineDashes(3, 2);
        g.strokeOval(2, 1, 14, 14);
        Label rl = new Label("Extent of an area place");
        HBox ringRow = new HBox(5, ring, rl);
        ringRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(ringRow);
        Label cl = new Label("Numbers: events in a cluster or at one place");
        cl.setStyle("-fx-text-fill: #555; -fx-font-size: 10px;");
        getChildren().add(cl);
        show(types, deploymentsShown, mentionsShown);
    }

    /** Keys the event types in {@code types} (all of them if null; "" is "other"), deployments and mentions. */
    public void show(java.util.Set<String> types, boolean deploymentsShown, boolean mentionsShown) {
        typeRows.forEach((type, r) -> shown(r, types == null || types.contains(type)));
        shown(other, types == null || types.contains(""));
        shown(hollow, styles.contains(Symbol.Style.HOLLOW));
        shown(faded, styles.contains(Symbol.Style.FADED));
        shown(deployment, deploymentsShown);
        shown(mention, mentionsShown);
    }

    /** The styles of the events shown: a row keys the hollow or faded ones when there are any (from the next show). */
    public void setStyles(java.util.Set<Symbol.Style> shown) {
        styles = java.util.Set.copyOf(shown);
    }

    private static void shown(Node row, boolean on) {
        row.setVisible(on);
        row.setManaged(on);
    }

    private static HBox row(Symbol s, String text) {
        Canvas c = new Canvas(18, 16);
        SymbolLayer.drawSymbol(c.getGraphicsContext2D(), s, 9, 8);
        HBox h = new HBox(5, c, new Label(text));
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
