package org.incidentatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.io.IncidentPoints;
import org.incidentatlas.ui.map.MapViewport;
import org.junit.jupiter.api.Test;

/** One frame of the million-incident layer, without a toolkit: the counts land where the points are. */
class IncidentPointsLayerTest {
    private static final IncidentPoints POINTS = new IncidentPoints.Builder(List.of("Battles", "Protests"), 4)
            .add(44.0, 33.0, 0, 18262, 18262)
            .add(44.0, 33.0, 1, 18263, 18263)
            .add(10.0, 50.0, 1, 18264, 18264)
            .add(Double.NaN, Double.NaN, 0, IncidentPoints.NO_DATE, IncidentPoints.NO_DATE)
            .build();

    @Test
    void aFramePaintsEachCellWithPointsAndLeavesTheRestClear() {
        MapViewport v = MapViewport.centredOn(33.0, 44.0, 5, 400, 300);
        int[] argb = new int[400 * 300];
        int[] counts = new int[400 * 300];
        IncidentPoints.Counts c = IncidentPointsLayer.draw(POINTS, null, v, counts, argb);

        assertThat(c.total()).isEqualTo(2); // the two at 44°E 33°N; 10°E 50°N is outside the view
        int x = (int) v.screenX(44.0);
        int y = (int) v.screenY(33.0);
        int cell = IncidentPointsLayer.cellFor(5);
        int inside = (y / cell * cell + cell / 2) * 400 + x / cell * cell + cell / 2;
        assertThat(argb[inside]).isEqualTo(IncidentPointsLayer.colour(2));
        assertThat(java.util.Arrays.stream(argb).filter(p -> p != 0).count()).isEqualTo((long) (cell - 2) * (cell - 2));

        int[] onlyProtests = POINTS.select(new org.incidentatlas.io.ResultsStore.Filter(java.util.Set.of("Protests"), null, null));
        assertThat(IncidentPointsLayer.draw(POINTS, onlyProtests, v, counts, argb).total()).isEqualTo(1);
        assertThat(argb[inside]).isEqualTo(IncidentPointsLayer.colour(1));
    }

    @Test
    void aClickedCellIsTheBoxOfDegreesAroundItsPoints() {
        MapViewport v = MapViewport.centredOn(33.0, 44.0, 8, 400, 300);
        double[] box = IncidentPointsLayer.cellBox(v, v.screenX(44.0), v.screenY(33.0));
        assertThat(box[0]).isLessThanOrEqualTo(44.0);
        assertThat(box[2]).isGreaterThan(44.0);
        assertThat(box[1]).isLessThanOrEqualTo(33.0);
        assertThat(box[3]).isGreaterThan(33.0);
        // one 4 px cell at zoom 8, where the world is 65,536 px wide
        assertThat(box[2] - box[0]).isCloseTo(4 * 360.0 / 65_536, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void darkerMeansMoreOnALogScale() {
        int one = IncidentPointsLayer.colour(1);
        int many = IncidentPointsLayer.colour(10_000);
        assertThat(one >>> 24).isEqualTo(0xFF);
        assertThat((many >> 16 & 0xFF) + (many >> 8 & 0xFF)).isLessThan((one >> 16 & 0xFF) + (one >> 8 & 0xFF));
        assertThat(IncidentPointsLayer.colour(1_000_000)).isEqualTo(many);
    }
}
