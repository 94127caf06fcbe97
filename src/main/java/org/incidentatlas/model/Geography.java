package org.incidentatlas.model;

/**
 * The core's one great-circle distance and its one "area contains place" rule. Every package that measures
 * between places or asks whether a province holds a town goes through here, so that the geoparser, event
 * placement and scoring never disagree about where a place is.
 */
public final class Geography {
    /** Mean earth radius (IUGG), in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geography() {
    }

    /** Great-circle (haversine) distance in km. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static double km(Place a, Place b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /**
     * Whether {@code area} holds {@code p}: a country holds what lies in its country; a first-level area what
     * carries its admin-1 code (or, where a code is missing, lies within its extent, at least 150 km); any other
     * area (county, region, district, sea) what lies within its extent, at least 100 km, in the same country
     * when both have one. A place never contains itself, and a site or town contains nothing.
     */
    public static boolean contains(Place area, Place p) {
        if (area == p || area.id().equals(p.id()) || !canContain(area)) {
            return false;
        }
        switch (area.kind()) {
            case COUNTRY:
                return area.country() != null && area.country().equals(p.country());
            case ADMIN1:
                if (area.country() != null && !area.country().equals(p.country())) {
                    return false;
                }
                if (area.admin1() != null && p.admin1() != null && !area.admin1().isEmpty()
                        && area.admin1().equals(p.admin1())) {
                    return true;
                }
                return km(area, p) <= Math.max(area.radiusKm(), 150);
            default:
                if (area.country() != null && p.country() != null && !area.country().equals(p.country())) {
                    return false;
                }
                return km(area, p) <= Math.max(area.radiusKm(), 100);
        }
    }

    /** Areas that can hold other places: countries, continents, first- and second-level areas, regions, seas, districts. */
    public static boolean canContain(Place p) {
        return switch (p.kind()) {
            case CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, DISTRICT, SEA -> true;
            default -> false;
        };
    }
}
