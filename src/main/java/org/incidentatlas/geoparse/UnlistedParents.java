package org.incidentatlas.geoparse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Where a place the gazetteer lacks lies ("the village of X"), from the places of the article already resolved:
 * the known place right after it in the sentence ("in X, Borno state"), else the nearest one before it in the
 * sentence, else the article's main town, else its most named first-level area; never a country (no pin would be
 * honest).
 */
final class UnlistedParents {
    private final List<Spot> spots;
    /** The spots that became literal resolved mentions, with their places. */
    private final Map<Spot, Place> accepted;

    UnlistedParents(List<Spot> spots, Map<Spot, Place> accepted) {
        this.spots = spots;
        this.accepted = accepted;
    }

    /** The parent of the unlisted name of {@code s}; null without one. */
    Place of(Spot s) {
        Place after = null;
        Place before = null;
        for (Spot o : spots) {
            if (o.sentence != s.sentence || o == s) {
                continue;
            }
            Place p = placeOf(o);
            if (p == null) {
                continue;
            }
            if (o.start >= s.end && after == null && o.start - s.end <= 40) {
                after = p;
            } else if (o.end <= s.start) {
                before = p;
            }
        }
        if (after != null) {
            return after;
        }
        if (before != null) {
            return before;
        }
        // the article's most named town, else its most named first-level area, in the country it names most
        Map<String, Integer> byCountry = new LinkedHashMap<>();
        for (Place p : accepted.values()) {
            if (p.country() != null) {
                byCountry.merge(p.country(), 1, Integer::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
            if (top == null || e.getValue() > byCountry.get(top)) {
                top = e.getKey();
            }
        }
        // in text order, so that a tie goes to the place named first (a HashMap's order of places varied by run)
        Map<Place, Integer> counts = new LinkedHashMap<>();
        for (Place p : accepted.values()) {
            if (top == null || top.equals(p.country())) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        // the most named town or first-level area (a town on a tie): "Cabo Delgado" named three times beats
        // the capital named twice in a dateline and a byline
        Place best = null;
        for (Map.Entry<Place, Integer> e : counts.entrySet()) {
            Place p = e.getKey();
            boolean settlement = CandidatePriors.isSettlement(p);
            if (!settlement && p.kind() != PlaceKind.ADMIN1 && p.kind() != PlaceKind.ADMIN2) {
                continue;
            }
            int c = e.getValue();
            if (best == null || c > counts.get(best)
                    || c == counts.get(best) && settlement && !CandidatePriors.isSettlement(best)) {
                best = p;
            }
        }
        return best;
    }

    /** The place a spot resolves to, if it is a literal place finer than a country; null otherwise. */
    private Place placeOf(Spot o) {
        Place p = accepted.get(o);
        if (p == null || o.seat) {
            return null;
        }
        return switch (p.kind()) {
            case COUNTRY, CONTINENT, SEA, REGION, RIVER, STRAIT, OTHER -> null;
            default -> p;
        };
    }
}
