package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BasemapReaderTest {
    @Test
    void shippedBasemapHasLandAndBordersAtEveryScale() throws IOException {
        Basemap b = BasemapReader.read(Path.of("geodata/basemap"));
        for (Basemap.Scale s : new Basemap.Scale[] {b.coarse(), b.medium(), b.fine()}) {
            assertThat(s.land()).as(s.name()).hasSizeGreaterThan(100);
            assertThat(s.borders()).as(s.name()).hasSizeGreaterThan(300);
        }
        // Finer scales have more detail.
        assertThat(points(b.fine())).isGreaterThan(points(b.medium())).isGreaterThan(points(b.coarse()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} at {1},{2}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            Tigris at Baghdad,        33.33, 44.39
            Tigris at Mosul,          36.34, 43.14
            Euphrates at Ramadi,      33.43, 43.29
            Euphrates at Deir ez-Zor, 35.33, 40.15
            """)
    void theEuphratesAndTheTigrisAreRiversAtTheRegionalAndCityScales(String river, double lat, double lon)
            throws IOException {
        Basemap b = BasemapReader.read(Path.of("geodata/basemap"));
        java.util.List<Basemap.Shape> fine = new java.util.ArrayList<>(b.fine().rivers());
        fine.addAll(b.fine().riverBanks());
        assertThat(nearest(fine, lat, lon)).as(river + " at 1:10m").isLessThan(3);
        assertThat(nearest(b.medium().rivers(), lat, lon)).as(river + " at 1:50m").isLessThan(12);
    }

    @Test
    void governorateLinesAndLakesAreThereCloserIn() throws IOException {
        Basemap b = BasemapReader.read(Path.of("geodata/basemap"));
        // The Anbar / Karbala boundary runs about 60 km south-west of Baghdad; Lake Tharthar lies north-west.
        assertThat(nearest(b.fine().admin1(), 32.9, 43.6)).isLessThan(60);
        assertThat(b.coarse().admin1()).as("no first-level lines on the world map").isEmpty();
        assertThat(b.medium().lakes()).hasSizeGreaterThan(200);
        assertThat(b.fine().rivers().size()).isGreaterThan(b.medium().rivers().size());
    }

    /** Distance in km from a coordinate to the nearest of the lines. */
    private static double nearest(java.util.List<Basemap.Shape> lines, double lat, double lon) {
        double ux = WebMercator.unitX(lon);
        double uy = WebMercator.unitY(lat);
        double best = Double.MAX_VALUE;
        for (Basemap.Shape l : lines) {
            double[] xy = l.xy();
            for (int i = 2; i < xy.length; i += 2) {
                best = Math.min(best, java.awt.geom.Line2D.ptSegDist(xy[i - 2], xy[i - 1], xy[i], xy[i + 1], ux, uy));
            }
        }
        // unit Mercator to km at this latitude
        return best * 40_075 * Math.cos(Math.toRadians(lat));
    }

    @Test
    void ringsAcrossTheAntimeridianAreContinuous() throws IOException {
        Basemap b = BasemapReader.read(Path.of("geodata/basemap"));
        for (var poly : b.coarse().land()) {
            for (Basemap.Shape ring : poly) {
                double[] xy = ring.xy();
                for (int i = 2; i < xy.length; i += 2) {
                    boolean alongPole = xy[i + 1] > 0.999 && xy[i - 1] > 0.999 || xy[i + 1] < 0.001 && xy[i - 1] < 0.001;
                    if (!alongPole) {
                        assertThat(Math.abs(xy[i] - xy[i - 2])).as("jump in a ring").isLessThan(0.5);
                    }
                }
            }
        }
    }

    @Test
    void rejectsAFileThatIsNotABasemap() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("NOPE".getBytes());
        }
        assertThatThrownBy(() -> BasemapReader.readScale("x", new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("bad magic");
    }

    private static long points(Basemap.Scale s) {
        return s.land().stream().flatMap(java.util.List::stream).mapToLong(Basemap.Shape::points).sum();
    }
}
