package org.incidentatlas.ui.map;

import java.util.Objects;

/**
 * Something drawn on a symbol layer: a coordinate, the radius of its place's uncertainty (0 for a point), a
 * symbol, a short label for tooltips, and the model object it stands for ({@code payload}).
 */
public record MapFeature(Object payload, String label, String spotKey, double lat, double lon, double radiusKm,
                         Symbol symbol) {
    public MapFeature {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(spotKey, "spotKey");
    }
}
