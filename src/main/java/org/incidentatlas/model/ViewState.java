package org.incidentatlas.model;

/** Where the map looks: its centre and zoom level (Web Mercator levels, fractional allowed). */
public record ViewState(double centerLat, double centerLon, double zoom) {
    public ViewState {
        if (!(centerLat >= -90 && centerLat <= 90) || !(centerLon >= -180 && centerLon <= 180)) {
            throw new IllegalArgumentException("view centre out of range: " + centerLat + "," + centerLon);
        }
        if (!(zoom >= 0 && zoom <= 25)) {
            throw new IllegalArgumentException("zoom out of range: " + zoom);
        }
    }
}
