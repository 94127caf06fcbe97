package org.incidentatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The core's one distance and one containment rule, on made-up places. */
class GeographyTest {
    private static Place place(String id, PlaceKind kind, String country, String admin1, double lat, double lon, double radius) {
        return new Place(id, id, kind, null, country, admin1, lat, lon, 0, radius);
    }

    private static final Place PROVINCE = place("prov", PlaceKind.ADMIN1, "XA", "XA.01", 10, 10, 80);
    private static final Place TOWN = place("town", PlaceKind.TOWN, "XA", "XA.01", 10.2, 10.2, 3);
    private static final Place AIRPORT = place("airport", PlaceKind.AIRPORT, "XA", "XA.01", 10.3, 10.2, 1);
    private static final Place FAR_BASE = place("base", PlaceKind.BASE, "XA", "XA.01", 11.5, 10.2, 1);
    private static final Place ABROAD = place("abroad", PlaceKind.AIRPORT, "XB", null, 10.25, 10.2, 1);

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertEquals(111.2, Geography.km(0, 0, 1, 0), 0.1);
    }

    @Test
    void theDistanceIsThatOfItsHaversine() {
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            double lat1 = -90 + 180 * r.nextDouble();
            double lon1 = -180 + 360 * r.nextDouble();
            double lat2 = r.nextBoolean() ? lat1 + (r.nextDouble() - 0.5) : -90 + 180 * r.nextDouble();
            double lon2 = r.nextBoolean() ? lon1 + (r.nextDouble() - 0.5) : -180 + 360 * r.nextDouble();
            double a = Geography.haversine(lat1, lon1, lat2, lon2);
            assertTrue(a >= 0);
            assertEquals(Geography.km(lat1, lon1, lat2, lon2), Geography.kmOfHaversine(a));
        }
    }

    @Test
    void theLeastHaversineOfADistanceIsItsEdge() {
        java.util.Random r = new java.util.Random(4);
        for (int i = 0; i < 200; i++) {
            double km = i < 4 ? new double[] {50, 150, 400, 1000}[i] : 20_000 * r.nextDouble();
            double a = Geography.leastHaversineFor(km);
            assertTrue(Geography.kmOfHaversine(a) >= km, "at " + km);
            assertTrue(Geography.kmOfHaversine(Math.nextDown(a)) < km, "below " + km);
        }
    }

    @Test
    void twoPlacesShareAFirstLevelAreaOnlyByCountryAndCode() {
        assertTrue(Geography.sameAdmin1(TOWN, FAR_BASE));
        assertTrue(Geography.sameAdmin1(PROVINCE, TOWN));
        assertFalse(Geography.sameAdmin1(TOWN, place("next", PlaceKind.TOWN, "XA", "XA.02", 10.2, 10.2, 3)));
        assertFalse(Geography.sameAdmin1(TOWN, place("same-code-abroad", PlaceKind.TOWN, "XB", "XA.01", 10.2, 10.2, 3)));
        assertFalse(Geography.sameAdmin1(ABROAD, place("codeless", PlaceKind.TOWN, "XB", null, 10.2, 10.2, 3)));
    }

    @Test
    void aProvinceContainsTheTownsOfItsCodeButATownContainsNoArea() {
        assertTrue(Geography.contains(PROVINCE, TOWN));
        assertFalse(Geography.contains(TOWN, PROVINCE));
        assertFalse(Geography.contains(TOWN, AIRPORT));
    }

    @Test
    void aProvinceHoldsATownOfAnotherCodeNeverHoweverNearButACodelessOneWithinItsExtent() {
        Place nextDoor = place("next", PlaceKind.TOWN, "XA", "XA.02", 10.5, 10.5, 3);
        Place codeless = place("codeless", PlaceKind.TOWN, "XA", null, 10.5, 10.5, 3);
        Place farCodeless = place("far", PlaceKind.TOWN, "XA", "", 13, 13, 3);
        assertFalse(Geography.contains(PROVINCE, nextDoor), "79 km from the centre, but the next province's town");
        assertTrue(Geography.contains(PROVINCE, codeless));
        assertFalse(Geography.contains(PROVINCE, farCodeless), "460 km away and no code");
        assertFalse(Geography.within(nextDoor, PROVINCE));
    }

    @Test
    void aProvinceNeverHoldsItsCountryHoweverCloseTheCentres() {
        Place country = place("cc", PlaceKind.COUNTRY, "XA", null, 10.1, 10.1, 400);
        assertTrue(Geography.contains(country, PROVINCE));
        assertFalse(Geography.contains(PROVINCE, country));
    }

    @Test
    void aTownHoldsTheSitesWithinItsReachInItsCountry() {
        assertTrue(Geography.within(AIRPORT, TOWN));
        assertTrue(Geography.within(TOWN, PROVINCE));
        assertFalse(Geography.within(FAR_BASE, TOWN), "a base 145 km away is not the town's");
        assertFalse(Geography.within(ABROAD, TOWN), "a site across the border is not the town's");
        assertFalse(Geography.within(TOWN, AIRPORT), "a site holds nothing");
        assertFalse(Geography.within(TOWN, TOWN));
    }

    /** {@link Geography#contains} as written before its ids were compared last: the specification it keeps. */
    private static boolean containsAsBefore(Place area, Place p) {
        if (area == p || !Geography.canContain(area) || sizeOf(area.kind()) <= sizeOf(p.kind()) || area.id().equals(p.id())) {
            return false;
        }
        switch (area.kind()) {
            case COUNTRY:
                return area.country() != null && area.country().equals(p.country());
            case ADMIN1:
                if (area.country() != null && !area.country().equals(p.country())) {
                    return false;
                }
                if (area.admin1() != null && !area.admin1().isEmpty() && p.admin1() != null && !p.admin1().isEmpty()) {
                    return area.admin1().equals(p.admin1());
                }
                return Geography.km(area, p) <= Math.max(area.radiusKm(), 150);
            default:
                if (area.country() != null && p.country() != null && !area.country().equals(p.country())) {
                    return false;
                }
                return Geography.km(area, p) <= Math.max(area.radiusKm(), 100);
        }
    }

    private static int sizeOf(PlaceKind k) {
        return switch (k) {
            case CONTINENT -> 6;
            case COUNTRY -> 5;
            case ADMIN1, REGION, SEA -> 4;
            case ADMIN2 -> 3;
            case DISTRICT, STRAIT, RIVER -> 2;
            case CITY, TOWN, VILLAGE, OTHER -> 1;
            case BASE, AIRPORT, EMBASSY, OIL_FIELD, CROSSING, CAMP, LANDMARK -> 0;
        };
    }

    @Test
    void containsAnswersAsItDidWhenIdsWereComparedFirst() {
        java.util.Random r = new java.util.Random(11);
        PlaceKind[] kinds = PlaceKind.values();
        String[] countries = {"XA", "XB", null};
        String[] codes = {"XA.01", "XA.02", "", null};
        Place[] ps = new Place[400];
        for (int i = 0; i < ps.length; i++) {
            // few ids, so that distinct places share one now and then
            ps[i] = place("id" + r.nextInt(60), kinds[r.nextInt(kinds.length)], countries[r.nextInt(3)],
                    codes[r.nextInt(4)], 10 + r.nextDouble() * 3, 10 + r.nextDouble() * 3, r.nextInt(200));
        }
        int held = 0;
        for (Place a : ps) {
            for (Place b : ps) {
                boolean expected = containsAsBefore(a, b);
                assertEquals(expected, Geography.contains(a, b), a + " / " + b);
                held += expected ? 1 : 0;
            }
        }
        assertTrue(held > 1000, "the random places hold each other often enough to test: " + held);
    }
}
