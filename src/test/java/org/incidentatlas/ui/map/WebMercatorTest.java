package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Projection math without JavaFX, against values computed independently (EPSG:3857 tile pixel formulas). */
class WebMercatorTest {
    @ParameterizedTest(name = "{0},{1} at zoom {2} -> {3},{4}")
    @CsvSource(textBlock = """
            # lat,     lon,     zoom, worldX,       worldY
            0,         0,       0,    128,          128
            0,         -180,    1,    0,            256
            85.0511287798066, 180, 2, 1024,         0
            33.341,    44.401,  6,    10212.73884,  6580.92956
            55.756,    37.617,  4,    2475.99787,   1280.41608
            -33.86,    151.21,  3,    1884.21689,   1228.92864
            """)
    void projectsToGluonPixelSpace(double lat, double lon, double zoom, double x, double y) {
        assertThat(WebMercator.worldX(lon, zoom)).isCloseTo(x, within(1e-3));
        assertThat(WebMercator.worldY(lat, zoom)).isCloseTo(y, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({"33.341,44.401", "-54.8,-68.3", "70.1,-150.2", "0,0"})
    void unprojectInvertsProject(double lat, double lon) {
        assertThat(WebMercator.latOfUnit(WebMercator.unitY(lat))).isCloseTo(lat, within(1e-9));
        assertThat(WebMercator.lonOfUnit(WebMercator.unitX(lon))).isCloseTo(lon, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 156543.034", "60, 0, 78271.517", "0, 10, 152.874"})
    void metersPerPixelHalvesPerZoomAndShrinksWithLatitude(double lat, double zoom, double mpp) {
        assertThat(WebMercator.metersPerPixel(lat, zoom)).isCloseTo(mpp, within(0.01));
    }
}
