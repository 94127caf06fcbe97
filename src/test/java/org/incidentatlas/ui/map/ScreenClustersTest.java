package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenClustersTest {
    private static final MapViewport VIEW = MapViewport.centredOn(34, 42, 6, 1000, 800);

    private static List<ScreenClusters.Cluster> cluster(double[][] latLon, int[] spots) {
        double[] ux = new double[latLon.length];
        double[] uy = new double[latLon.length];
        for (int i = 0; i < latLon.length; i++) {
            ux[i] = WebMercator.unitX(latLon[i][1]);
            uy[i] = WebMercator.unitY(latLon[i][0]);
        }
        return ScreenClusters.of(ux, uy, spots, VIEW, 14);
    }

    @Test
    void farApartPointsStaySeparateAtTheirProjectedPixels() {
        var c = cluster(new double[][] {{33.341, 44.401}, {34.452, 40.919}}, new int[] {0, 1});
        assertThat(c).hasSize(2);
        assertThat(c.get(0).x()).isEqualTo(VIEW.screenX(44.401));
        assertThat(c.get(0).y()).isEqualTo(VIEW.screenY(33.341));
    }

    @Test
    void eventsAtOnePlaceFormASameSpotCluster() {
        var c = cluster(new double[][] {{33.341, 44.401}, {33.341, 44.401}, {33.341, 44.401}}, new int[] {7, 7, 7});
        assertThat(c).singleElement().satisfies(k -> {
            assertThat(k.members()).containsExactly(0, 1, 2);
            assertThat(k.sameSpot()).isTrue();
        });
    }

    @Test
    void nearbyPlacesMergeIntoAMixedCluster() {
        // 0.02° apart: about 2 px at zoom 6.
        var c = cluster(new double[][] {{33.34, 44.40}, {33.36, 44.42}}, new int[] {0, 1});
        assertThat(c).singleElement().satisfies(k -> assertThat(k.sameSpot()).isFalse());
    }

    @Test
    void pointsOutsideTheViewAreLeftOut() {
        var c = cluster(new double[][] {{55.756, 37.617}, {33.341, 44.401}}, new int[] {0, 1});
        assertThat(c).singleElement().satisfies(k -> assertThat(k.members()).containsExactly(1));
    }
}
