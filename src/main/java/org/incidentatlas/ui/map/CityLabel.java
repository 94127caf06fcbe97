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
        return withoutParts(gazetteer.places().filter(CityLabel::isLabelled).toList());
    }

    /** Within this distance a smaller populated place is taken for a part of the bigger one (not labelled). */
    static final double PART_KM = 8;

    /**
     * The labels of these cities less the parts of bigger ones: GeoNames lists some city districts as populated
     * places with their own population (an Iranian "Branch", a borough), whose name beside the city's would
     * read as a second town. A place within {@link #PART_KM} of a capital, an administrative seat or a bigger
     * city is left out; capitals and seats first, then by population.
     */
    static List<CityLabel> withoutParts(List<Place> cities) {
        List<Place> sorted = new java.util.ArrayList<>(cities);
        sorted.sort(java.util.Comparator.comparingInt((Place p) -> isCapital(p) ? 0 : isSeat(p) ? 1 : 2)
                .thenComparingLong(p -> -p.population()).thenComparing(Place::id));
        java.util.Map<Long, List<Place>> grid = new java.util.HashMap<>();
        List<CityLabel> out = new java.util.ArrayList<>();
        for (Place p : sorted) {
            long cx = (long) Math.floor(p.lon() / 0.1);
            long cy = (long) Math.floor(p.lat() / 0.1);
            boolean part = false;
            for (long dx = -1; dx <= 1 && !part; dx++) {
                for (long dy = -1; dy <= 1 && !part; dy++) {
                    for (Place q : grid.getOrDefault((cx + dx) * 10_000L + cy + dy, List.of())) {
                        if (km(p, q) < PART_KM) {
                            part = true;
                            break;
                        }
                    }
                }
            }
            if (!part) {
                grid.computeIfAbsent(cx * 10_000L + cy, k -> new java.util.ArrayList<>()).add(p);
                out.add(of(p));
            }
        }
        return out;
    }

    private static boolean isSeat(Place p) {
        return p.featureCode() != null && p.featureCode().startsWith("PPLA");
    }

    private static double km(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return 6371 * Math.hypot(dLat, dLon);
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
