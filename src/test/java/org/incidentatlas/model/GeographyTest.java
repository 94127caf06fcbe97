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
}
