package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * What a candidate is worth before the article says anything: the "well-known" (a hand-checked supplement row),
 * "prominence" (kind, feature code, size; a place's own name over an alias it shares) and "population"
 * components. The article's context must outweigh these: they only break ties between places it supports alike.
 */
final class CandidatePriors {
    private CandidatePriors() {
    }

    static double wellKnown(Place p, ResolverWeights w) {
        return p.id().startsWith("sup:") ? w.wellKnown : 0;
    }

    /**
     * Prominence, raised for a place's own name ("Mexico" the country, not Mexico City), or capped for a former or
     * foreign name of a city ("Salisbury" for Harare) when a town bears it as its own name ({@code ownNamedTown})
     * and the article is not about the city's country ({@code countryPoints} 0).
     */
    static double prominence(boolean ownName, Place p, boolean ownNamedTown, double countryPoints,
            ResolverWeights w) {
        double points = w.prominence(p);
        if (ownName) {
            points += p.kind() == PlaceKind.COUNTRY ? w.ownNameCountry : w.ownName;
        } else if (ownNamedTown && isSettlement(p) && countryPoints == 0) {
            points = Math.min(points, w.formerNameCap);
        }
        return points;
    }

    static double population(Place p, ResolverWeights w) {
        return (QualifierLinks.isArea(p) && p.kind() != PlaceKind.DISTRICT ? w.populationArea : w.populationPlace)
                * Math.log10(p.population() + 1.0);
    }

    /**
     * The name a place goes by, not an alias it shares: its own name, also without what only disambiguates it
     * ("Washington, D.C.", "New York City" are called "Washington", "New York") or the generic word of a sea
     * ("Atlantic Ocean" is "the Atlantic").
     */
    static boolean isOwnName(String key, Place p) {
        String name = p.name();
        if (key.equals(FoldCache.fold(name)) || key.equals(FoldCache.fold(beforeComma(name)))) {
            return true;
        }
        String bare = p.kind() == PlaceKind.SEA ? withoutLastWord(name, "Ocean", "Sea")
                // Not capitals: "Mexico City", "Kuwait City" are named after the country "Mexico" means.
                : p.kind() == PlaceKind.CITY && !"PPLC".equals(p.featureCode()) ? withoutLastWord(name, "City")
                : null;
        return bare != null && key.equals(FoldCache.fold(bare));
    }

    /** Known without any context: countries, capitals of 50,000, places of a million, the supplement's rows. */
    static boolean isFamous(Place p) {
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.CONTINENT || p.population() >= 1_000_000
                || ("PPLC".equals(p.featureCode()) && p.population() >= 50_000) || p.id().startsWith("sup:");
    }

    /** Big or administrative enough to be named without context: countries, regions, capitals, cities of 20,000. */
    static boolean isMajor(Place p) {
        return p.kind() != PlaceKind.CITY && p.kind() != PlaceKind.TOWN && p.kind() != PlaceKind.VILLAGE
                && p.kind() != PlaceKind.OTHER && p.kind() != PlaceKind.DISTRICT && p.kind() != PlaceKind.ADMIN2
                || p.population() >= 20_000 || p.id().startsWith("sup:");
    }

    static boolean isSettlement(Place p) {
        return p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.VILLAGE
                || p.kind() == PlaceKind.DISTRICT;
    }

    static String withoutLastWord(String name, String... words) {
        for (String w : words) {
            if (name.endsWith(" " + w)) {
                return name.substring(0, name.length() - w.length() - 1);
            }
        }
        return null;
    }

    /** "Washington, D.C." is called "Washington": the part after a comma only disambiguates the name. */
    private static String beforeComma(String name) {
        int c = name.indexOf(',');
        return c > 0 ? name.substring(0, c) : name;
    }
}
