package org.incidentatlas.ui.map;

import java.util.Objects;

/**
 * Something drawn on a symbol layer: a coordinate, the radius of its place's uncertainty (0 for a point), a
 * symbol, a short label for tooltips, and the model object it stands for ({@code payload}). {@code placeName} is
 * the name the map may write next to the symbol ("" for none); {@code area}, if not null, is the first-level area
 * that bounds the place's extent (its own outline for a governorate or province).
 */
public record MapFeature(Object payload, String label, String spotKey, double lat, double lon, double radiusKm,
                         Symbol symbol, String placeName, Admin1Areas.Area area, boolean ownArea) {
    public MapFeature {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(spotKey, "spotKey");
        placeName = placeName == null ? "" : placeName;
        ownArea = ownArea && area != null;
    }

    /** A feature with no place name to write and no known area. */
    public MapFeature(Object payload, String label, String spotKey, double lat, double lon, double radiusKm,
                      Symbol symbol) {
        this(payload, label, spotKey, lat, lon, radiusKm, symbol, "", null, false);
    }
}
