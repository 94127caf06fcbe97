package org.incidentatlas.ui.map;

import java.util.List;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/** A basemap place label: capitals always, other cities by population as the map zooms in. */
public record CityLabel(String name, double lat, double lon, long population, boolean capital) {
    /** Smallest population of a city that is not a capital to be labelled at all (at the closest zooms). */
    public static final long MIN_POPULATION = 20_000;

    /**
     * The labels among a gazetteer's places: cities (kind CITY) that are capitals (feature code PPLC) or have at
     * least {@link #MIN_POPULATION} people, in the gazetteer's order. Taken from the gazetteer the app has already
     * loaded, so the place table is read once; a few milliseconds over its 200,000 places.
     */
    public static List<CityLabel> from(Gazetteer gazetteer) {
        return gazetteer.places().filter(CityLabel::isLabelled).map(CityLabel::of).toList();
    }

    static boolean isLabelled(Place p) {
        return p.kind() == PlaceKind.CITY && (isCapital(p) || p.population() >= MIN_POPULATION);
    }

    static CityLabel of(Place p) {
        return new CityLabel(p.name(), p.lat(), p.lon(), p.population(), isCapital(p));
    }

    private static boolean isCapital(Place p) {
        return "PPLC".equals(p.featureCode());
    }
}
