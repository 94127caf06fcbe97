package org.incidentatlas.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The map with what a printed map needs over it: legend, scale bar and basemap attribution, in the map's
 * decoration layer under the popups. The app shows it and the snapshot draws the same node, so what is exported
 * is what is seen.
 */
public final class MapPaneView extends StackPane {
    public static final String ATTRIBUTION = "© Natural Earth; GSHHG rivers; GeoNames CC BY 4.0";
    private final AtlasMapView map = new AtlasMapView();
    private final ScaleBarView scaleBar = new ScaleBarView();
    private final Label attribution = new Label(ATTRIBUTION);
    private final LegendView legend = new LegendView(null, true, false);
    private java.util.Set<String> types;
    private boolean deployments = true;

    public MapPaneView() {
        attribution.getStyleClass().add("attribution");
        attribution.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-padding: 1 4; -fx-font-size: 10px;");
        attribution.setMouseTransparent(true);
        getChildren().add(map);
        map.decorations().add(legend, Pos.TOP_LEFT, 8);
        map.decorations().add(scaleBar, Pos.BOTTOM_LEFT, 8);
        map.decorations().add(attribution, Pos.BOTTOM_RIGHT, 0);
        map.viewportProperty().addListener((o, a, v) -> scaleBar.update(v));
        map.mentionLayer().visibleProperty().addListener((o, a, on) -> rebuildLegend());
    }

    /** Shows these features on the map and only their kinds in the legend. */
    public void setEvents(java.util.List<MapFeature> features) {
        map.symbolLayer().setFeatures(features);
        map.labelLayer().refresh();
        types = new java.util.HashSet<>();
        deployments = false;
        java.util.Set<Symbol.Style> styles = java.util.EnumSet.noneOf(Symbol.Style.class);
        for (MapFeature f : features) {
            if (f.payload() instanceof org.incidentatlas.model.Incident i) {
                types.add(IncidentSymbology.legendKey(i.type()));
                styles.add(f.symbol().style());
            } else {
                deployments = true;
            }
        }
        legend.setStyles(styles);
        rebuildLegend();
    }

    private void rebuildLegend() {
        legend.show(types, deployments, map.mentionLayer().isVisible());
        map.decorations().refresh();
    }

    public AtlasMapView map() {
        return map;
    }

    public LegendView legend() {
        return legend;
    }

    public void setAttribution(String text) {
        attribution.setText(text);
    }

    public String attribution() {
        return attribution.getText();
    }
}
