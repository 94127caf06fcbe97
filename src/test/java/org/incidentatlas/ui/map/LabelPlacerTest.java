package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    private static final LabelPlacer.Widths W = (t, kind) -> 6.5 * t.length();
    private static final MapViewport VIEW = MapViewport.fit(38, 29, 49, 38, 900, 600, 0, 18);

    private static LabelPlacer.Spot spot(String name, double lat, double lon, int events) {
        return new LabelPlacer.Spot(name, VIEW.screenX(lon), VIEW.screenY(lat), 6.5 * Math.sqrt(events), events);
    }

    @Test
    void incidentPlacesAreNamedRightOfTheirSymbolAndNothingOverlaps() {
        LabelPlacer p = new LabelPlacer(VIEW.width(), VIEW.height(), W, 13);
        List<LabelPlacer.Spot> spots = List.of(spot("Kirkuk", 35.47, 44.39, 1), spot("Albu Kamal", 34.45, 40.92, 2),
                spot("al-Mayadeen", 35.02, 40.45, 1), spot("Ayn al-Asad", 33.80, 42.44, 3));
        spots.forEach(s -> p.block(s.x(), s.y(), s.r()));
        List<LabelPlacer.Placed> placed = new ArrayList<>(p.placeIncidentPlaces(spots));
        List<CityLabel> cities = List.of(new CityLabel("Baghdad", 33.34, 44.40, 7_000_000, true),
                new CityLabel("Mosul", 36.34, 43.12, 1_700_000, false),
                new CityLabel("Cairo", 30.04, 31.24, 9_000_000, true),
                new CityLabel("Ramadi", 33.43, 43.30, 270_000, false),
                new CityLabel("Hit", 33.64, 42.83, 100_000, false));
        placed.addAll(p.placeCities(cities, VIEW, spots));
        assertThat(placed).extracting(LabelPlacer.Placed::text)
                .contains("Kirkuk", "Albu Kamal", "al-Mayadeen", "Ayn al-Asad", "Baghdad", "Mosul", "Ramadi")
                .doesNotContain("Cairo"); // outside the view
        for (LabelPlacer.Placed a : placed) {
            if (a.city() == null) {
                assertThat(a.x()).as(a.text() + " right of its symbol").isGreaterThan(a.dotX());
            }
            for (LabelPlacer.Placed b : placed) {
                if (a != b) {
                    assertThat(a.overlaps(b.x(), b.y() - b.h() / 2, b.w(), b.h()))
                            .as(a.text() + " and " + b.text()).isFalse();
                }
            }
        }
    }

    @Test
    void aNameWhoseRightSideIsTakenGoesLeftNeverAboveOrBelow() {
        LabelPlacer p = new LabelPlacer(800, 600, W, 13);
        p.blockBox(405, 290, 100, 20);
        List<LabelPlacer.Placed> placed = p.placeIncidentPlaces(List.of(new LabelPlacer.Spot("Hit", 400, 300, 4, 1)));
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).x() + placed.get(0).w()).isLessThan(400);
        assertThat(placed.get(0).y()).isEqualTo(300);
    }

    @Test
    void aCityNearTheIncidentsRanksAboveABiggerOneFarAway() {
        List<LabelPlacer.Spot> spots = List.of(new LabelPlacer.Spot("Hit", 100, 100, 6, 1));
        double near = LabelPlacer.cityScore(new CityLabel("Ramadi", 0, 0, 270_000, false), 130, 100, spots);
        double far = LabelPlacer.cityScore(new CityLabel("Big", 0, 0, 2_000_000, false), 800, 600, spots);
        assertThat(near).isGreaterThan(far);
    }

    @Test
    void namesFillTheViewUpToADensityLimit() {
        LabelPlacer p = new LabelPlacer(400, 300, W, 13);
        List<CityLabel> many = new ArrayList<>();
        MapViewport v = MapViewport.fit(0, 0, 10, 10, 400, 300, 0, 18);
        for (int k = 0; k < 400; k++) {
            many.add(new CityLabel("C" + k, (k % 20) * 0.5, (k / 20) * 0.5, 1_000_000 + k, false));
        }
        assertThat(p.placeCities(many, v, List.of()).size()).isLessThanOrEqualTo(Math.max(6, (int) (400 * 300 / 26_000.0)));
    }
}
