package org.incidentatlas.ui.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import javafx.scene.layout.Region;

/**
 * A Gluon map layer that reads the view the user actually sees from the base map (zoom and translation), because
 * {@code MapView.getZoom()/getCenter()} keep the last requested values and go stale once the user pans or scrolls.
 * Relayouts whenever the base map moves or the map is resized.
 */
public abstract class AtlasLayer extends MapLayer {
    private Region host;

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
    }

    void attach(Region mapView) {
        this.host = mapView;
        mapView.widthProperty().addListener(o -> markDirty());
        mapView.heightProperty().addListener(o -> markDirty());
    }

    BaseMap base() {
        return baseMap;
    }

    /** The view as drawn now; null before the layer is on a sized map. */
    public MapViewport viewport() {
        if (baseMap == null || host == null || host.getWidth() <= 0 || host.getHeight() <= 0) {
            return null;
        }
        return new MapViewport(baseMap.zoom().get(), -baseMap.getTranslateX(), -baseMap.getTranslateY(),
                host.getWidth(), host.getHeight());
    }

    /** Asks for a redraw with the current view (data or style changed). */
    public void refresh() {
        markDirty();
    }
}
