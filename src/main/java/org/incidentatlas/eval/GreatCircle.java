package org.incidentatlas.eval;

/** Distances on a spherical Earth, as geocoding evaluations use them. */
public final class GreatCircle {
    /** Mean Earth radius (IUGG), km. */
    public static final double EARTH_RADIUS_KM = org.incidentatlas.model.Geography.EARTH_RADIUS_KM;

    private GreatCircle() {
    }

    /** Haversine distance in km between two WGS84 points given in decimal degrees: the core's one definition. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return org.incidentatlas.model.Geography.km(lat1, lon1, lat2, lon2);
    }
}
