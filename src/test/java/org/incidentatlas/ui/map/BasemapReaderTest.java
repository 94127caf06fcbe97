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
