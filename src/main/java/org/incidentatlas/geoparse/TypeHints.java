package org.incidentatlas.geoparse;

import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/** The "type-hint" component: points for a candidate of the kind the name's type word names ("X province"). */
final class TypeHints {
    private TypeHints() {
    }

    /** The points of {@code p} for the name's type word, or for "the" before a sea, strait, river or region. */
    static double points(NameEvidence name, Place p, ResolverWeights w) {
        double points = hintScore(name.hint(), p);
        if (name.hint() == null && name.definite() && isNaturalFeature(p)) {
            points = w.definiteNaturalFeature; // "the Red Sea" is the sea, not Sudan's Red Sea state; towns take no article
        }
        return points;
    }

    static double hintScore(String hint, Place p) {
        if (hint == null) {
            return 0;
        }
        PlaceKind k = p.kind();
        return switch (hint) {
            case "admin" -> (k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2 || k == PlaceKind.DISTRICT) ? 3
                    : k == PlaceKind.REGION ? 2 : 0;
            // No second-level areas in the gazetteer yet: "X County" must at least not become the state X.
            case "county" -> (k == PlaceKind.ADMIN2 || k == PlaceKind.DISTRICT) ? 3 : k == PlaceKind.ADMIN1 ? -3 : 0;
            case "region" -> (k == PlaceKind.REGION || k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2
                    || k == PlaceKind.DISTRICT) ? 2 : 0;
            case "settlement" -> (k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.VILLAGE) ? 2 : 0;
            case "base" -> (k == PlaceKind.BASE || k == PlaceKind.AIRPORT || k == PlaceKind.CAMP) ? 3 : 0;
            case "airport" -> k == PlaceKind.AIRPORT ? 3 : k == PlaceKind.BASE ? 2 : 0;
            case "facility" -> k.isFacility() ? 3 : 0;
            // "Qaim district", "Dora neighborhood": a district or its seat, never the province of the same name
            case "district" -> (k == PlaceKind.DISTRICT || k == PlaceKind.ADMIN2) ? 3
                    : (k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.VILLAGE) ? 2 : 0;
            default -> 0;
        };
    }

    private static boolean isNaturalFeature(Place p) {
        return p.kind() == PlaceKind.SEA || p.kind() == PlaceKind.STRAIT || p.kind() == PlaceKind.RIVER
                || p.kind() == PlaceKind.REGION || p.kind() == PlaceKind.CONTINENT;
    }
}
