package org.incidentatlas.geoparse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Where a name with a facility head is: "Baghdad airport" is the airport near Baghdad when the gazetteer has
 * one, else Baghdad itself (the mention keeps its head, so events know the site is only known to the town);
 * "US embassy" is the US embassy in the city the article is about, not the United States.
 */
final class FacilityPlacement {
    /** How far from its town a facility of each kind may lie and still be "the X airport/base/field of X". */
    private static final Map<PlaceKind, Double> REACH_KM = Map.of(PlaceKind.AIRPORT, 40.0, PlaceKind.BASE, 40.0,
            PlaceKind.OIL_FIELD, 60.0, PlaceKind.CAMP, 30.0, PlaceKind.CROSSING, 30.0, PlaceKind.EMBASSY, 25.0,
            PlaceKind.LANDMARK, 25.0);

    /** The place chosen for a facility mention, and the rule that says how. */
    record Placed(Place place, String rule) {
    }

    private final Gazetteer gazetteer;

    FacilityPlacement(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The facility of kind {@code wanted} for a name resolved to {@code chosen}, or null to keep {@code chosen}.
     * {@code focusCity} is the article's main town outside the chosen country (for "US embassy"), or null.
     */
    Placed place(PlaceKind wanted, String name, Place chosen, Place focusCity) {
        if (wanted == null || !wanted.isFacility() || sameSort(wanted, chosen.kind()) && chosen.kind().isFacility()) {
            return null;
        }
        Place town = chosen;
        String how = "facility-of-town";
        if (chosen.kind() == PlaceKind.COUNTRY) {
            // "US embassy", "Iranian consulate": in the city the article is about, never in the country named
            if (focusCity == null || wanted != PlaceKind.EMBASSY) {
                return null;
            }
            town = focusCity;
            how = "facility-in-article-city";
        } else if (chosen.kind().isArea() && chosen.kind() != PlaceKind.ADMIN2) {
            return null; // "Anbar base": a province does not say where the base is
        }
        Place best = null;
        int bestRank = Integer.MAX_VALUE;
        String nameLetters = MentionSpotter.letters(name);
        for (Place f : gazetteer.facilitiesNear(town.lat(), town.lon(), REACH_KM.getOrDefault(wanted, 25.0))) {
            if (!sameSort(wanted, f.kind())) {
                continue;
            }
            // its own name first ("Baghdad International Airport" for "Baghdad airport"), then its kind, then the nearest
            boolean named = !nameLetters.isEmpty() && (MentionSpotter.letters(f.name()).contains(nameLetters)
                    || MentionSpotter.letters(f.name()).contains(MentionSpotter.letters(town.name())));
            int rank = (named ? 0 : 2) + (f.kind() == wanted ? 0 : 1);
            if (rank < bestRank) {
                best = f;
                bestRank = rank;
            }
        }
        if (best != null && (bestRank < 2 || wanted == PlaceKind.EMBASSY && chosen.kind() == PlaceKind.COUNTRY
                && embassyOf(best, chosen))) {
            return new Placed(best, how);
        }
        return new Placed(town, how.equals("facility-of-town") ? "town-of-facility" : "city-of-facility");
    }

    /** "US Embassy Baghdad" is the embassy of the United States: its name starts with the country's name or code. */
    private static boolean embassyOf(Place embassy, Place country) {
        String n = embassy.name().toLowerCase(Locale.ROOT);
        return country.country() != null && n.startsWith(country.country().toLowerCase(Locale.ROOT) + " ")
                || n.startsWith(country.name().toLowerCase(Locale.ROOT));
    }

    /** "airport" and "air base" are often the same field. */
    static boolean sameSort(PlaceKind wanted, PlaceKind actual) {
        return wanted == actual || (wanted == PlaceKind.AIRPORT || wanted == PlaceKind.BASE)
                && (actual == PlaceKind.AIRPORT || actual == PlaceKind.BASE);
    }

    /** Distance from a place to the nearest of some others, in km (infinite without others). */
    static double nearestKm(Place p, List<Place> others) {
        double d = Double.POSITIVE_INFINITY;
        for (Place o : others) {
            d = Math.min(d, Geography.km(p, o));
        }
        return d;
    }
}
