package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Symbols are area-true and drawn items never overlap. */
class SymbolSizeTest {
    private static final MapViewport VIEW = new MapViewport(5, 0, 0, 800, 600);

    @Test
    void aDiscsAreaIsProportionalToItsEvents() {
        double unit = 6.5;
        double r1 = SymbolLayer.radiusOf(1, unit);
        double r4 = SymbolLayer.radiusOf(4, unit);
        double r9 = SymbolLayer.radiusOf(9, unit);
        assertThat(r4 * r4 / (r1 * r1)).isCloseTo(4, within(1e-9));
        assertThat(r9 * r9 / (r1 * r1)).isCloseTo(9, within(1e-9));
        // A busy place makes every disc smaller so that it stays within the largest size, still area-true.
        double small = SymbolLayer.unitRadius(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                                          1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                                          1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2});
        assertThat(SymbolLayer.radiusOf(50, small)).isLessThanOrEqualTo(SymbolLayer.MAX_RADIUS + 1e-9);
        assertThat(small).isLessThan(6.5);
    }

    @Test
    void touchingDiscsMergeUntilNoneOverlap() {
        // 30 places in a tight row, several events each: clusters of radius 14 would still overlap once sized.
        int n = 90;
        double[] ux = new double[n];
        double[] uy = new double[n];
        int[] spot = new int[n];
        double world = WebMercator.worldSize(VIEW.zoom());
        for (int i = 0; i < n; i++) {
            ux[i] = (100 + (i / 3) * 15.0) / world;
            uy[i] = 300.0 / world;
            spot[i] = i / 3;
        }
        List<ScreenClusters.Cluster> c = ScreenClusters.separate(ScreenClusters.of(ux, uy, spot, VIEW, 14), spot,
                k -> SymbolLayer.radiusOf(k, 6.5), 2);
        int total = 0;
        for (int a = 0; a < c.size(); a++) {
            total += c.get(a).size();
            for (int b = a + 1; b < c.size(); b++) {
                double d = Math.hypot(c.get(a).x() - c.get(b).x(), c.get(a).y() - c.get(b).y());
                assertThat(d).isGreaterThanOrEqualTo(SymbolLayer.radiusOf(c.get(a).size(), 6.5)
                        + SymbolLayer.radiusOf(c.get(b).size(), 6.5) + 2 - 1e-9);
            }
        }
        assertThat(total).as("no event lost").isEqualTo(n);
    }

    @Test
    void eventsAtOnePlaceStayOneSameSpotItemAtThePlace() {
        double world = WebMercator.worldSize(VIEW.zoom());
        double[] ux = {400 / world, 400 / world, 400 / world};
        double[] uy = {300 / world, 300 / world, 300 / world};
        int[] spot = {7, 7, 7};
        List<ScreenClusters.Cluster> c = ScreenClusters.separate(ScreenClusters.of(ux, uy, spot, VIEW, 14), spot,
                k -> SymbolLayer.radiusOf(k, 6.5), 2);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).sameSpot()).isTrue();
        assertThat(c.get(0).x()).isCloseTo(400, within(1e-6));
    }

    @Test
    void theDensityGridPeaksWhereTheEventsAre() {
        double world = WebMercator.worldSize(VIEW.zoom());
        double[] ux = {200 / world, 202 / world, 204 / world, 600 / world};
        double[] uy = {300 / world, 300 / world, 300 / world, 100 / world};
        float[] d = DensityRenderer.grid(ux, uy, VIEW, 200, 150);
        float busy = d[(300 / 4) * 200 + 202 / 4];
        float lone = d[(100 / 4) * 200 + 600 / 4];
        float empty = d[(500 / 4) * 200 + 100 / 4];
        assertThat(busy).isGreaterThan(2 * lone);
        assertThat(lone).isGreaterThan(0.5f);
        assertThat(empty).isZero();
        assertThat(DensityRenderer.colour(0) >>> 24).isZero();
        assertThat(DensityRenderer.colour(1) >>> 24).isGreaterThan(200);
    }
}
