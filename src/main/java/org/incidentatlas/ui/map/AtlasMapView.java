package org.incidentatlas.ui.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;

/**
 * The interactive map: Gluon's {@link MapView} with our offline tiles, the city labels, the mention and incident
 * symbol layers and the popup layer. Owns the view: reads it from the base map (the truth after the user pans)
 * and sets it exactly (fractional zoom plus translation), so that the app and the snapshot share one projection,
 * {@link MapViewport}. Input: drag to pan (Gluon's own handler), wheel / double-click / + and - to zoom,
 * arrow keys to pan, 0 to zoom to all. Handlers are added, never set, so Gluon's own stay in place.
 */
public final class AtlasMapView extends StackPane {
    private static final double WHEEL_STEP = 0.25;
    private final MapView map = new MapView();
    private final CityLabelLayer labels = new CityLabelLayer();
    private final SymbolLayer mentions = new SymbolLayer();
    private final SymbolLayer symbols = new SymbolLayer();
    private final DecorationLayer decorations = new DecorationLayer();
    private final PopupLayer popups = new PopupLayer();
    private final ReadOnlyObjectWrapper<MapViewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport");
    private double[] pendingFit;
    private MapViewport pendingView;
    private double lastW;
    private double lastH;
    private double[] homeBounds;
    private BiConsumer<List<MapFeature>, Point2D> onFeatureClick = (f, p) -> { };

    public AtlasMapView() {
        getStyleClass().add("atlas-map");
        // Gluon leaves hairline gaps between scaled tiles at fractional zoom; water behind them hides most.
        map.setStyle("-fx-background-color: #C6DCEC;");
        getChildren().add(map);
        for (AtlasLayer l : List.of(labels, mentions, symbols, decorations, popups)) {
            map.addLayer(l);
            l.attach(map);
        }
        mentions.setVisible(false);
        labels.avoid(symbols);
        labels.reserve(decorations::boxes);
        setFocusTraversable(true);
        setMinSize(100, 100);
        map.addEventFilter(ScrollEvent.SCROLL, e -> {
            // Replaces Gluon's fixed 0.1 step (a filter runs first and consuming stops its handler).
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : -WHEEL_STEP, e.getX(), e.getY());
            }
            e.consume();
        });
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> popups.hover(null, 0, 0));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    public CityLabelLayer labelLayer() {
        return labels;
    }

    public SymbolLayer mentionLayer() {
        return mentions;
    }

    public SymbolLayer symbolLayer() {
        return symbols;
    }

    /** Legend, scale bar and attribution: over the symbols, under the popups. */
    public DecorationLayer decorations() {
        return decorations;
    }

    public PopupLayer popupLayer() {
        return popups;
    }

    public MapView mapView() {
        return map;
    }

    public ReadOnlyObjectProperty<MapViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** Called with the features under a click (one symbol, a same-spot list or a cluster) and the click point. */
    public void setFeatureClickHandler(BiConsumer<List<MapFeature>, Point2D> handler) {
        this.onFeatureClick = handler;
    }

    /** The view as drawn now (null before the first layout). */
    public MapViewport viewport() {
        return symbols.viewport();
    }

    /** The box "zoom to all" returns to: minLon, minLat, maxLon, maxLat (null: the whole world). */
    public void setHomeBounds(double[] bounds) {
        homeBounds = bounds == null ? null : bounds.clone();
    }

    public void zoomToAll() {
        fitTo(homeBounds != null ? homeBounds : new double[] {-170, -60, 170, 75});
    }

    /** Fits a box (minLon, minLat, maxLon, maxLat) with a margin, now or as soon as the map has a size. */
    public void fitTo(double[] bounds) {
        pendingFit = bounds.clone();
        pendingView = null;
        requestLayout();
        if (getWidth() > 0 && getHeight() > 0 && getScene() != null) {
            layout();
        }
    }

    /** Shows exactly this view (the snapshot uses it to reproduce a view pixel for pixel). */
    public void setViewport(MapViewport v) {
        pendingFit = null;
        BaseMap b = symbols.base();
        if (b == null || b.getScene() == null || getWidth() <= 0) {
            pendingView = v;
            requestLayout();
            return;
        }
        pendingView = null;
        if (Math.abs(b.zoom().get() - v.zoom()) > 1e-12) {
            double target = v.zoom();
            if (b.getZoom() == target) {
                // The preferred zoom is a property: setting the value it already holds would not notify.
                target = Math.nextUp(target);
            }
            b.setZoom(target);
        }
        b.setTranslateX(-v.originX());
        b.setTranslateY(-v.originY());
        b.moveX(0);
        viewport.set(viewport());
    }

    /**
     * Drops every tile Gluon holds and loads the view again (after switching between offline and online tiles).
     * Gluon keeps tiles per zoom level with no public way to forget them, so its private {@code clearTiles} is
     * called reflectively; if that ever fails, new tiles still come from the new source as the user moves.
     */
    public void reloadTiles() {
        BaseMap b = symbols.base();
        if (b == null) {
            return;
        }
        try {
            java.lang.reflect.Method clear = BaseMap.class.getDeclaredMethod("clearTiles");
            clear.setAccessible(true);
            clear.invoke(b);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(AtlasMapView.class.getName()).log(System.Logger.Level.WARNING,
                    "could not drop cached map tiles: " + e);
        }
        b.moveX(0);
    }

    public void zoomAt(double dz, double x, double y) {
        MapViewport v = viewport();
        if (v != null) {
            setViewport(v.zoomedAt(dz, x, y));
        }
    }

    public void panBy(double dx, double dy) {
        MapViewport v = viewport();
        if (v != null) {
            setViewport(v.panned(dx, dy));
        }
    }

    /** Centres the map on a coordinate, zooming in to at least {@code minZoom}. */
    public void flyTo(double lat, double lon, double minZoom) {
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        setViewport(MapViewport.centredOn(lat, lon, Math.max(v.zoom(), minZoom), v.width(), v.height()));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0 || symbols.base() == null || symbols.base().getScene() == null) {
            return;
        }
        if (pendingFit != null) {
            double[] f = pendingFit;
            setViewport(MapViewport.fit(f[0], f[1], f[2], f[3], w, h, 40, 9));
        } else if (pendingView != null) {
            setViewport(pendingView);
        } else if (lastW > 0 && (w != lastW || h != lastH)) {
            MapViewport now = viewport();
            setViewport(new MapViewport(now.zoom(), now.originX(), now.originY(), lastW, lastH).resized(w, h));
        }
        lastW = w;
        lastH = h;
        viewport.set(viewport());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() == 2) {
            zoomAt(1, e.getX(), e.getY());
            return;
        }
        List<MapFeature> hit = hitAt(e.getX(), e.getY());
        popups.hover(null, 0, 0);
        if (hit.isEmpty()) {
            popups.hide();
        } else {
            onFeatureClick.accept(hit, new Point2D(e.getX(), e.getY()));
        }
    }

    /** The features drawn at a point of the map (top layer first). */
    public List<MapFeature> hitAt(double x, double y) {
        List<MapFeature> hit = symbols.hit(x, y);
        if (hit.isEmpty() && mentions.isVisible()) {
            hit = mentions.hit(x, y);
        }
        return hit;
    }

    private void hovered(MouseEvent e) {
        List<MapFeature> hit = hitAt(e.getX(), e.getY());
        if (hit.isEmpty()) {
            popups.hover(null, 0, 0);
            return;
        }
        String text = hit.size() == 1 ? hit.get(0).label()
                : hit.size() + " items: " + hit.get(0).label() + (hit.size() > 1 ? ", …" : "");
        Label l = new Label(text);
        l.getStyleClass().add("map-tooltip");
        l.setStyle("-fx-background-color: rgba(255,255,240,0.95); -fx-border-color: #888; -fx-padding: 2 5;"
                + " -fx-font-size: 11px;");
        popups.hover(l, e.getX(), e.getY());
    }

    private void keyPressed(KeyEvent e) {
        double step = 100;
        switch (e.getCode()) {
            case LEFT -> panBy(-step, 0);
            case RIGHT -> panBy(step, 0);
            case UP -> panBy(0, -step);
            case DOWN -> panBy(0, step);
            case PLUS, ADD, EQUALS -> zoomAt(1, getWidth() / 2, getHeight() / 2);
            case MINUS, SUBTRACT -> zoomAt(-1, getWidth() / 2, getHeight() / 2);
            case DIGIT0, HOME -> zoomToAll();
            case ESCAPE -> popups.hide();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
