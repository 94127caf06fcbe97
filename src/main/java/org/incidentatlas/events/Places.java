package org.incidentatlas.events;

import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Place ranking for events: specificity and ACLED geo precision. Distance and containment are
 * {@link Geography}'s (the core's one great-circle distance and one "area contains place" rule). Pure.
 */
public final class Places {
    private Places() {
    }

    public static double km(Place a, Place b) {
        return Geography.km(a, b);
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

    /** Whether {@code inner} lies in or at {@code outer}, the coarser place: {@link Geography#within}. */
    public static boolean contains(Place outer, Place inner) {
        return Geography.within(inner, outer);
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
