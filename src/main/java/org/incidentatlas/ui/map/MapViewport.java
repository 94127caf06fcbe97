package org.incidentatlas.ui.map;

/**
 * What a map shows: a (fractional) zoom, the world pixel at the view's top-left corner and the view size. Pure
 * value, so the projection of every layer and of the snapshot is testable without JavaFX.
 */
public record MapViewport(double zoom, double originX, double originY, double width, double height) {
    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 18;

    public MapViewport {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("view size must be positive: " + width + "x" + height);
        }
        if (!(zoom >= 0 && zoom <= 20)) {
            throw new IllegalArgumentException("zoom out of range: " + zoom);
        }
    }

    /** The view of the given size centred on a coordinate. */
    public static MapViewport centredOn(double lat, double lon, double zoom, double width, double height) {
        return new MapViewport(zoom, WebMercator.worldX(lon, zoom) - width / 2,
                WebMercator.worldY(lat, zoom) - height / 2, width, height);
    }

    /**
     * The view centred on a box with the largest fractional zoom at which the box (minLon, minLat, maxLon, maxLat)
     * fits inside the view less {@code padding} pixels on each side; a point box gets {@code maxZoom}.
     */
    public static MapViewport fit(double minLon, double minLat, double maxLon, double maxLat,
                                  double width, double height, double padding, double maxZoom) {
        double ux = WebMercator.unitX(maxLon) - WebMercator.unitX(minLon);
        double uy = WebMercator.unitY(minLat) - WebMercator.unitY(maxLat);
        double availW = Math.max(1, width - 2 * padding);
        double availH = Math.max(1, height - 2 * padding);
        double zoom = maxZoom;
        if (ux > 0 || uy > 0) {
            double scale = Math.min(ux > 0 ? availW / ux : Double.MAX_VALUE, uy > 0 ? availH / uy : Double.MAX_VALUE);
            zoom = Math.log(scale / WebMercator.TILE_SIZE) / Math.log(2);
        }
        zoom = Math.max(0, Math.min(maxZoom, zoom));
        double cx = (WebMercator.unitX(minLon) + WebMercator.unitX(maxLon)) / 2;
        double cy = (WebMercator.unitY(minLat) + WebMercator.unitY(maxLat)) / 2;
        double world = WebMercator.worldSize(zoom);
        return new MapViewport(zoom, cx * world - width / 2, cy * world - height / 2, width, height);
    }

    public double screenX(double lon) {
        return WebMercator.worldX(lon, zoom) - originX;
    }

    public double screenY(double lat) {
        return WebMercator.worldY(lat, zoom) - originY;
    }

    public double lonAt(double x) {
        return WebMercator.lonOfUnit((originX + x) / WebMercator.worldSize(zoom));
    }

    public double latAt(double y) {
        return WebMercator.latOfUnit((originY + y) / WebMercator.worldSize(zoom));
    }

    public double centerLat() {
        return latAt(height / 2);
    }

    public double centerLon() {
        return lonAt(width / 2);
    }

    /** Moved by a screen offset: positive dx shows what lies east. */
    public MapViewport panned(double dx, double dy) {
        return new MapViewport(zoom, originX + dx, originY + dy, width, height);
    }

    /** Zoomed by {@code dz} levels keeping the point under screen (px, py) where it is; zoom clamped. */
    public MapViewport zoomedAt(double dz, double px, double py) {
        double nz = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom + dz));
        double f = Math.pow(2, nz - zoom);
        return new MapViewport(nz, (originX + px) * f - px, (originY + py) * f - py, width, height);
    }

    /** Same centre, new size (the window was resized). */
    public MapViewport resized(double w, double h) {
        return new MapViewport(zoom, originX + (width - w) / 2, originY + (height - h) / 2, w, h);
    }

    /** West, south, east, north of what the view shows. */
    public double[] bounds() {
        return new double[] {lonAt(0), latAt(height), lonAt(width), latAt(0)};
    }
}
