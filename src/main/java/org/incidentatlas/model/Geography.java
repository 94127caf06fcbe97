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

    /** Great-circle (haversine) distance in km: {@link #kmOfHaversine} of the {@link #haversine}. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return kmOfHaversine(haversine(lat1, lon1, lat2, lon2));
    }

    /**
     * The haversine of the central angle between two points, the part of {@link #km} without its arc sine. The
     * distance grows with it, and {@code Math.asin} and {@code Math.sqrt} are semi-monotonic, so of two computed
     * haversines the smaller never gives the larger {@link #kmOfHaversine}: a caller after the nearest of several
     * places, or only after which side of a distance a place is on, can compare haversines and take at most one
     * arc sine (a JNI call in this JDK, about as dear as the rest of the distance).
     */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        return Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    }

    /** The distance in km of a {@link #haversine}: {@code km(...) == kmOfHaversine(haversine(...))}. */
    public static double kmOfHaversine(double a) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The least haversine whose {@link #kmOfHaversine} is {@code km} or more (a binary search over the doubles of
     * [0, 1], whose bit patterns are in the order of their values): {@code kmOfHaversine(a) < km} exactly when
     * {@code a} is less, since the distance never falls as the haversine grows. For distances up to half the
     * earth's circumference.
     */
    public static double leastHaversineFor(double km) {
        long lo = 0;
        long hi = Double.doubleToRawLongBits(1.0);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (kmOfHaversine(Double.longBitsToDouble(mid)) >= km) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Double.longBitsToDouble(lo);
    }

    public static double km(Place a, Place b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /**
     * Whether {@code area} holds {@code p}: a country holds what lies in its country; a first-level area what
     * carries its admin-1 code (only where either code is missing: what lies within its extent, at least 150 km); any other
     * area (county, region, district, sea) what lies within its extent, at least 100 km, in the same country
     * when both have one. A place never contains itself nor a place of its own size or larger (a province never
     * holds its country, whatever the distances), and a site or town contains nothing.
     */
    public static boolean contains(Place area, Place p) {
        // the kinds first: most pairs asked about are told apart by them; the ids (long strings, often of one
        // length and prefix) only for a pair that would otherwise be contained
        if (area == p || !canContain(area) || size(p) >= size(area)) {
            return false;
        }
        return holds(area, p) && !area.id().equals(p.id());
    }

    /** {@link #contains} but for the same place under two instances (the same id). */
    private static boolean holds(Place area, Place p) {
        switch (area.kind()) {
            case COUNTRY:
                return area.country() != null && area.country().equals(p.country());
            case ADMIN1:
                if (area.country() != null && !area.country().equals(p.country())) {
                    return false;
                }
                if (hasAdmin1(area) && hasAdmin1(p)) {
                    // the codes decide when both have one: a town of the next province 100 km from this one's
                    // centre is not in it (the distance is only for places whose code is missing)
                    return area.admin1().equals(p.admin1());
                }
                return km(area, p) <= Math.max(area.radiusKm(), 150);
            default:
                if (area.country() != null && p.country() != null && !area.country().equals(p.country())) {
                    return false;
                }
                return km(area, p) <= Math.max(area.radiusKm(), 100);
        }
    }

    /**
     * Whether two places lie in one first-level area by their codes: the same country and the same (non-empty)
     * admin-1 code. The code half of {@link #contains}, for rules that compare two places rather than an area and a
     * place ("a report at province level meets one in a town of that province").
     */
    public static boolean sameAdmin1(Place a, Place b) {
        return a.country() != null && a.country().equals(b.country()) && hasAdmin1(a) && a.admin1().equals(b.admin1());
    }

    private static boolean hasAdmin1(Place p) {
        return p.admin1() != null && !p.admin1().isEmpty();
    }

    /** Rank by extent: continent 6, country 5, first-level area, region or sea 4, second-level 3, district, strait or river 2, settlement 1, site 0. */
    private static int size(Place p) {
        return switch (p.kind()) {
            case CONTINENT -> 6;
            case COUNTRY -> 5;
            case ADMIN1, REGION, SEA -> 4;
            case ADMIN2 -> 3;
            case DISTRICT, STRAIT, RIVER -> 2;
            case CITY, TOWN, VILLAGE, OTHER -> 1;
            case BASE, AIRPORT, EMBASSY, OIL_FIELD, CROSSING, CAMP, LANDMARK -> 0;
        };
    }

    /** Areas that can hold other places: countries, continents, first- and second-level areas, regions, seas, districts. */
    public static boolean canContain(Place p) {
        return switch (p.kind()) {
            case CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, DISTRICT, SEA -> true;
            default -> false;
        };
    }

    /** How far from a settlement's centre its sites (airport, base, camp) may lie when its extent is unknown, in km. */
    public static final double SITE_REACH_KM = 40;

    /**
     * Whether {@code inner} lies in or at {@code outer}: {@link #contains} for areas; and a settlement (town,
     * city, village, neighbourhood) holds the sites named after or beside it (a base, airport, embassy, camp,
     * crossing, field, landmark) within its extent, at least {@value #SITE_REACH_KM} km, in the same country:
     * "the airport of X" lies at X. Used where the finer of two places is wanted, never to widen an area.
     */
    public static boolean within(Place inner, Place outer) {
        if (contains(outer, inner)) {
            return true;
        }
        if (!isSettlement(outer) || !inner.kind().isFacility() || outer.id().equals(inner.id())) {
            return false;
        }
        if (outer.country() != null && inner.country() != null && !outer.country().equals(inner.country())) {
            return false;
        }
        return km(outer, inner) <= Math.max(outer.radiusKm(), SITE_REACH_KM);
    }

    /** Settlements and their parts: villages, towns, cities, neighbourhoods/districts of a town. */
    private static boolean isSettlement(Place p) {
        return switch (p.kind()) {
            case VILLAGE, TOWN, CITY, DISTRICT, OTHER -> true;
            default -> false;
        };
    }
}
