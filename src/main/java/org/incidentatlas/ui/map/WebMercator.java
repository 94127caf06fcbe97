package org.incidentatlas.ui.map;

/**
 * Spherical Web Mercator (EPSG:3857) in the pixel space of Gluon Maps: the world is {@code 256 * 2^zoom} pixels
 * wide at any (fractional) zoom, x grows east from the antimeridian, y grows south from 85.0511°N.
 */
public final class WebMercator {
    /** Logical size of a tile in pixels; our tile images are twice this for sharp HiDPI output. */
    public static final int TILE_SIZE = 256;
    /** The latitude where the Mercator square ends. */
    public static final double MAX_LAT = 85.0511287798066;
    private static final double EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137.0;

    private WebMercator() {
    }

    /** Longitude to the unit square [0,1]. */
    public static double unitX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Latitude to the unit square [0,1], clamped at the Mercator limit. */
    public static double unitY(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
    }

    public static double lonOfUnit(double ux) {
        return ux * 360.0 - 180.0;
    }

    public static double latOfUnit(double uy) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * uy))));
    }

    /** World size in pixels at a zoom. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    public static double worldX(double lon, double zoom) {
        return unitX(lon) * worldSize(zoom);
    }

    public static double worldY(double lat, double zoom) {
        return unitY(lat) * worldSize(zoom);
    }

    /** Ground metres per (logical) pixel at a latitude and zoom. */
    public static double metersPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(lat)) / worldSize(zoom);
    }
}
