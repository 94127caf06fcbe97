package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * The "spatial-coherence" component: points for a candidate close to the article's other places. An area gets
 * them when it holds one of the article's unambiguous places (its anchors); a place (or a county, small enough to
 * be near or far like a town) by its distance to the nearest anchor; and a place inside a first-level area the
 * article names by its own name ("London" in a story naming Ontario) at least that area's points. Distances and
 * containment are {@link Geography}'s.
 */
final class SpatialCoherence {
    /**
     * Degrees of latitude that put two places at least 1,000 km apart (the last distance that scores; one degree
     * is at least 111 km along any great circle), with a margin for rounding.
     */
    private static final double FAR_LATITUDES = 9.2;
    /** The least haversines of 50, 150, 400 and 1,000 km ({@link Geography#leastHaversineFor}). */
    private static final double H50 = Geography.leastHaversineFor(50);
    private static final double H150 = Geography.leastHaversineFor(150);
    private static final double H400 = Geography.leastHaversineFor(400);
    private static final double H1000 = Geography.leastHaversineFor(1000);

    private SpatialCoherence() {
    }

    static double points(Place p, List<Place> anchors, List<Place> provinces, List<Place> candidates,
            ResolverWeights w) {
        double points = 0;
        boolean area = QualifierLinks.isArea(p);
        if (!anchors.isEmpty() && area && p.kind() != PlaceKind.COUNTRY) {
            for (int ix = 0, nx = anchors.size(); ix < nx; ix++) {
                Place a = anchors.get(ix);
                if (Geography.contains(p, a)) {
                    points = w.spatialAreaOfAnchor; // an area around the article's other places
                    break;
                }
            }
        }
        // A county is small enough to be near or far like a town: "Hall County" in an article about Nebraska.
        if (!anchors.isEmpty() && (!area || p.kind() == PlaceKind.ADMIN2) && points == 0) {
            // The nearest anchor by its haversine, told against the distances' least haversines: the points of
            // the nearest anchor's distance, without an arc sine per anchor (see Geography.haversine)
            double h = Double.MAX_VALUE;
            double lat = p.lat();
            for (int k = 0, n = anchors.size(); k < n; k++) {
                Place a = anchors.get(k);
                if (Math.abs(a.lat() - lat) >= FAR_LATITUDES) {
                    continue; // 1,000 km or more apart by latitude alone: no points, whatever the longitudes
                }
                h = Math.min(h, Geography.haversine(a.lat(), a.lon(), lat, p.lon()));
            }
            points = h < H50 ? w.spatial50km : h < H150 ? w.spatial150km : h < H400
                    ? w.spatial400km : h < H1000 ? w.spatial1000km : 0;
        }
        if (points < w.spatialNamedProvince && !area) {
            for (int ix2 = 0, nx2 = provinces.size(); ix2 < nx2; ix2++) {
                Place a = provinces.get(ix2);
                if (a.country() != null && Geography.contains(a, p) && !Candidates.containsPlace(candidates, a)) {
                    points = w.spatialNamedProvince;
                    break;
                }
            }
        }
        return points;
    }
}
