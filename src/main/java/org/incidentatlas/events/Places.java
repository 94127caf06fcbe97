package org.incidentatlas.events;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/** Place arithmetic for events: distance, containment, specificity and ACLED geo precision. Pure. */
public final class Places {
    private Places() {
    }

    public static double km(Place a, Place b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return org.incidentatlas.model.Geography.km(lat1, lon1, lat2, lon2);
    }

    /** 0 for a site (base, airport), 1 a settlement, 2 a district or strait, 3 a province or region, 4 a country. */
    public static int specificity(Place p) {
        return switch (p.kind()) {
            case BASE, AIRPORT, EMBASSY, LANDMARK, CROSSING, CAMP, OIL_FIELD -> 0;
            case VILLAGE, TOWN, CITY, DISTRICT, OTHER -> 1;
            case ADMIN2, STRAIT, RIVER -> 2;
            case ADMIN1, REGION, SEA -> 3;
            case COUNTRY -> 4;
            case CONTINENT -> 5;
        };
    }

    /** Whether the area {@code outer} holds {@code inner}: same country for a country, same admin-1 or within its extent. */
    public static boolean contains(Place outer, Place inner) {
        if (outer.equals(inner) || specificity(outer) <= specificity(inner)) {
            return false;
        }
        if (outer.kind() == PlaceKind.COUNTRY) {
            return outer.country() != null && outer.country().equals(inner.country());
        }
        if (outer.kind() == PlaceKind.CONTINENT) {
            return true;
        }
        if (outer.kind() == PlaceKind.ADMIN1 && outer.admin1() != null && inner.admin1() != null
                && outer.country() != null && outer.country().equals(inner.country())) {
            return outer.admin1().equals(inner.admin1());
        }
        double reach = Math.max(outer.radiusKm(), outer.kind() == PlaceKind.ADMIN1 ? 120 : 40);
        boolean sameCountry = outer.country() == null || inner.country() == null || outer.country().equals(inner.country());
        return sameCountry && km(outer, inner) <= reach;
    }

    /** Same place, one inside the other, or within {@code km} of each other. */
    public static boolean consistent(Place a, Place b, double km) {
        return a.id().equals(b.id()) || contains(a, b) || contains(b, a) || km(a, b) <= km;
    }

    /** Country-sized or bigger: kept as an event's area, never drawn as its pin. */
    public static boolean isCountryLevel(Place p) {
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.CONTINENT
                || (p.kind() == PlaceKind.REGION && p.radiusKm() > 300);
    }

    /** ACLED geo precision: 1 the site or town itself, 2 near it or a small area, 3 a province or region. */
    public static int geoPrecision(Place p, boolean near) {
        int s = specificity(p);
        if (s >= 3) {
            return 3;
        }
        if (s == 2 || near) {
            return 2;
        }
        return 1;
    }
}
