package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** The distance points of {@link SpatialCoherence}: anchors far apart by latitude alone are skipped, not miscounted. */
class SpatialCoherenceTest {
    private static final ResolverWeights W = ResolverWeights.standard();

    private static Place town(String id, double lat, double lon) {
        return new Place(id, "Town " + id, PlaceKind.TOWN, "PPL", "IQ", "01", lat, lon, 5_000, 0);
    }

    /** The points by the nearest anchor, every distance worked out. */
    private static double byNearest(Place p, List<Place> anchors) {
        double d = Double.MAX_VALUE;
        for (Place a : anchors) {
            d = Math.min(d, Geography.km(a, p));
        }
        return d < 50 ? W.spatial50km : d < 150 ? W.spatial150km : d < 400 ? W.spatial400km
                : d < 1000 ? W.spatial1000km : 0;
    }

    @Test
    void pointsAreThoseOfTheNearestAnchorWhateverTheLatitudes() {
        Random r = new Random(12);
        int scored = 0;
        for (int round = 0; round < 3_000; round++) {
            double lat = -80 + 160 * r.nextDouble();
            double lon = -180 + 360 * r.nextDouble();
            Place p = town("p" + round, lat, lon);
            List<Place> anchors = new ArrayList<>();
            for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                // near and far, around the 1,000 km edge (about 9 degrees of latitude)
                double dLat = (r.nextDouble() - 0.5) * (r.nextBoolean() ? 4 : 24);
                double dLon = (r.nextDouble() - 0.5) * (r.nextBoolean() ? 4 : 40);
                anchors.add(town("a" + round + "-" + k, Math.max(-89, Math.min(89, lat + dLat)),
                        Math.max(-180, Math.min(180, lon + dLon))));
            }
            double expected = byNearest(p, anchors);
            if (expected > 0) {
                scored++;
            }
            assertThat(SpatialCoherence.points(p, anchors, List.of(), List.of(p), W)).as("round %d", round)
                    .isEqualTo(expected);
        }
        assertThat(scored).as("some places near an anchor, some not").isBetween(300, 2_700);
    }

    @Test
    void pointsAtTheEdgesOfTheDistancesAreThoseOfTheDistance() {
        // anchors due south and due west at 50, 150, 400 and 1,000 km and a few ulps of latitude or longitude
        // either side: the haversine compared with each distance's least one scores as the distance itself does
        Random r = new Random(5);
        int[] edges = {50, 150, 400, 1000};
        int checked = 0;
        int[] within = new int[edges.length];
        for (int round = 0; round < 400; round++) {
            double lat = -70 + 140 * r.nextDouble();
            double lon = -150 + 300 * r.nextDouble();
            Place p = town("p" + round, lat, lon);
            for (int e = 0; e < edges.length; e++) {
                int edge = edges[e];
                double dLat = Math.toDegrees(edge / Geography.EARTH_RADIUS_KM);
                double dLon = 2 * Math.toDegrees(Math.asin(Math.sin(edge / (2 * Geography.EARTH_RADIUS_KM))
                        / Math.cos(Math.toRadians(lat))));
                for (int ulps = -6; ulps <= 6; ulps++) {
                    double south = lat - dLat;
                    double west = lon - dLon;
                    for (int k = 0; k < Math.abs(ulps); k++) {
                        south = ulps < 0 ? Math.nextUp(south) : Math.nextDown(south);
                        west = ulps < 0 ? Math.nextUp(west) : Math.nextDown(west);
                    }
                    for (Place a : List.of(town("s", south, lon), town("w", lat, west))) {
                        if (Geography.km(a, p) < edge) {
                            within[e]++;
                        }
                        assertThat(SpatialCoherence.points(p, List.of(a), List.of(), List.of(p), W))
                                .as("round %d, %d km, %d ulps", round, edge, ulps).isEqualTo(byNearest(p, List.of(a)));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(400 * 4 * 13 * 2);
        for (int e = 0; e < edges.length; e++) {
            assertThat(within[e]).as("both sides of %d km", edges[e]).isBetween(400, 400 * 13 * 2 - 400);
        }
    }

    @Test
    void anAnchorNineDegreesSouthStillCountsWithinAThousandKilometres() {
        Place p = town("p", 10.0, 20.0);
        Place a = town("a", 1.1, 20.0); // 8.9 degrees: about 990 km
        assertThat(Geography.km(a, p)).isLessThan(1000);
        assertThat(SpatialCoherence.points(p, List.of(a), List.of(), List.of(p), W)).isEqualTo(W.spatial1000km);
        Place far = town("f", 0.5, 20.0); // 9.5 degrees: about 1,056 km
        assertThat(SpatialCoherence.points(p, List.of(far), List.of(), List.of(p), W)).isZero();
    }
}
