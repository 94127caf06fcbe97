package org.incidentatlas.model;

/** What sort of place a gazetteer entry is; drives prominence, precision and how it is drawn. */
public enum PlaceKind {
    CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, CITY, TOWN, VILLAGE, DISTRICT,
    BASE, AIRPORT, EMBASSY, OIL_FIELD, CROSSING, CAMP, LANDMARK, SEA, STRAIT, RIVER, OTHER;

    /** Areas are drawn with a halo, not a point, and give geo precision 2 or 3. */
    public boolean isArea() {
        return switch (this) {
            case CONTINENT, REGION, COUNTRY, ADMIN1, ADMIN2, SEA -> true;
            default -> false;
        };
    }

    /** Sites finer than a town, where incidents happen: bases, airports, embassies, fields, crossings, camps, landmarks. */
    public boolean isFacility() {
        return switch (this) {
            case BASE, AIRPORT, EMBASSY, OIL_FIELD, CROSSING, CAMP, LANDMARK -> true;
            default -> false;
        };
    }
}
