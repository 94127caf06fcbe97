package org.incidentatlas.geoparse;

/**
 * Settings of the geoparser. The area-of-interest prior adds {@code aoiWeight} (in score points, where a country
 * mention in the same article is worth 2.5) to candidates within {@code aoiRadiusKm} of the given centre, and half
 * of it up to twice that radius. It is off by default so that news about anywhere resolves neutrally; an analyst who
 * reads mostly about one region turns it on (see {@link #middleEast()}).
 *
 * @param aoiLat        centre latitude of the area of interest, or NaN for none
 * @param aoiLon        centre longitude
 * @param aoiRadiusKm   radius of the area
 * @param aoiWeight     score bonus for candidates inside it
 * @param fuzzyMinLength shortest name (letters) matched with one edit when no exact name matches; 0 turns it off
 */
public record GeoparseOptions(double aoiLat, double aoiLon, double aoiRadiusKm, double aoiWeight,
                              int fuzzyMinLength) {

    public GeoparseOptions {
        if (!Double.isNaN(aoiLat) && (aoiLat < -90 || aoiLat > 90 || aoiLon < -180 || aoiLon > 180)) {
            throw new IllegalArgumentException("area of interest centre out of range: " + aoiLat + "," + aoiLon);
        }
        if (aoiRadiusKm < 0 || aoiWeight < 0 || fuzzyMinLength < 0) {
            throw new IllegalArgumentException("negative radius, weight or length");
        }
    }

    /** No area of interest; fuzzy matching from 7 letters. */
    public static GeoparseOptions defaults() {
        return new GeoparseOptions(Double.NaN, Double.NaN, 0, 0, 7);
    }

    /** A mild prior for the Middle East (centred near Deir ez-Zor, 1,500 km): breaks near-ties, never overrides text. */
    public static GeoparseOptions middleEast() {
        return defaults().withAreaOfInterest(33.5, 42.0, 1500, 1.0);
    }

    public GeoparseOptions withAreaOfInterest(double lat, double lon, double radiusKm, double weight) {
        return new GeoparseOptions(lat, lon, radiusKm, weight, fuzzyMinLength);
    }

    public GeoparseOptions withFuzzyMinLength(int letters) {
        return new GeoparseOptions(aoiLat, aoiLon, aoiRadiusKm, aoiWeight, letters);
    }

    boolean hasAreaOfInterest() {
        return !Double.isNaN(aoiLat) && aoiWeight > 0;
    }
}
