package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapViewportTest {
    @ParameterizedTest(name = "box {0},{1},{2},{3} in {4}x{5}")
    @CsvSource({"38,31,47,37,900,600", "40,33,45,36,1200,800", "-10,35,40,60,640,480", "44.3,33.2,44.5,33.4,800,800"})
    void fitCentresTheBoxAndJustFitsIt(double w, double s, double e, double n, double width, double height) {
        MapViewport v = MapViewport.fit(w, s, e, n, width, height, 0, 18);
        double left = v.screenX(w);
        double right = v.screenX(e);
        double top = v.screenY(n);
        double bottom = v.screenY(s);
        assertThat((left + right) / 2).isCloseTo(width / 2, within(1e-6));
        assertThat((top + bottom) / 2).isCloseTo(height / 2, within(1e-6));
        assertThat(left).isGreaterThanOrEqualTo(-1e-6);
        assertThat(top).isGreaterThanOrEqualTo(-1e-6);
        // One side touches the edges: the zoom is the largest that fits.
        assertThat(Math.max(right - left - width, bottom - top - height)).isCloseTo(0, within(1e-6));
    }

    @Test
    void zoomKeepsThePointUnderThePivot() {
        MapViewport v = MapViewport.centredOn(33.3, 44.4, 5.3, 1000, 700);
        double lat = v.latAt(123);
        double lon = v.lonAt(456);
        MapViewport z = v.zoomedAt(1.25, 456, 123);
        assertThat(z.zoom()).isCloseTo(6.55, within(1e-12));
        assertThat(z.latAt(123)).isCloseTo(lat, within(1e-9));
        assertThat(z.lonAt(456)).isCloseTo(lon, within(1e-9));
    }

    @Test
    void zoomIsClampedAndPanMovesTheOrigin() {
        MapViewport v = MapViewport.centredOn(0, 0, 1.5, 800, 600);
        assertThat(v.zoomedAt(-3, 0, 0).zoom()).isEqualTo(MapViewport.MIN_ZOOM);
        assertThat(v.zoomedAt(40, 0, 0).zoom()).isEqualTo(MapViewport.MAX_ZOOM);
        MapViewport p = v.panned(30, -20);
        assertThat(p.lonAt(0)).isCloseTo(v.lonAt(30), within(1e-12));
        assertThat(p.latAt(0)).isCloseTo(v.latAt(-20), within(1e-12));
    }

    @Test
    void resizeKeepsTheCentre() {
        MapViewport v = MapViewport.centredOn(35, 40, 6, 800, 600);
        MapViewport r = v.resized(1200, 500);
        assertThat(r.centerLat()).isCloseTo(35, within(1e-9));
        assertThat(r.centerLon()).isCloseTo(40, within(1e-9));
    }
}
