package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreatCircleTest {
    @ParameterizedTest(name = "{0},{1} -> {2},{3}: {4} km")
    @CsvSource(delimiter = '|', textBlock = """
            33.341 | 44.401 | 33.341 | 44.401 |     0 | 0.001
            0      | 0      | 0      | 1      |   111.195 | 0.01
            33.341 | 44.401 | 36.335 | 43.119 |   353 | 2
            51.5074| -0.1278| 40.7128| -74.006|  5570 | 10
            0      | 0      | 0      | 180    | 20015.1 | 0.1
            """)
    void haversineMatchesKnownDistances(double lat1, double lon1, double lat2, double lon2, double km, double tol) {
        assertThat(GreatCircle.distanceKm(lat1, lon1, lat2, lon2)).isCloseTo(km, within(tol));
    }
}
