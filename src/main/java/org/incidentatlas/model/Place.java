package org.incidentatlas.model;

import java.util.Objects;

/**
 * A gazetteer entry. {@code id} is stable ("gn:98182" for GeoNames, "sup:ain-al-asad" for the supplement,
 * "cc:IQ" for countries, "a1:IQ.01" for admin-1, "a2:US.NY.103" for counties); {@code country} an ISO 3166-1 alpha-2 code or null;
 * {@code radiusKm} the rough extent, used to draw place uncertainty.
 */
public record Place(
        String id,
        String name,
        PlaceKind kind,
        String featureCode,
        String country,
        String admin1,
        double lat,
        double lon,
        long population,
        double radiusKm) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for " + id + ": " + lat + "," + lon);
        }
        if (population < 0 || radiusKm < 0) {
            throw new IllegalArgumentException("negative population or radius for " + id);
        }
    }
}
