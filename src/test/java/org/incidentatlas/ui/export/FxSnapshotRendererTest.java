package org.incidentatlas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Place;
import org.incidentatlas.pipeline.SnapshotRenderer;
import org.incidentatlas.ui.SyntheticExtraction;
import java.util.List;
import org.incidentatlas.ui.map.CityLabel;
import org.incidentatlas.ui.map.MapViewport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("ui")
@org.junit.jupiter.api.extension.ExtendWith(org.incidentatlas.ui.ToolkitThroughTestFx.class)
class FxSnapshotRendererTest {
    private static final double[] IRAQ_SYRIA = {38, 31, 47, 37};
    private static final Extraction X = SyntheticExtraction.extraction();

    @TempDir
    Path tmp;

    @org.junit.jupiter.api.BeforeAll
    static void fixedLabels() {
        FxSnapshotRenderer.useLabels(List.of(
                new CityLabel("Baghdad", 33.341, 44.401, 7_216_000, true),
                new CityLabel("Damascus", 33.51, 36.29, 1_569_000, true),
                new CityLabel("Mosul", 36.335, 43.119, 1_739_800, false),
                new CityLabel("Deir ez-Zor", 35.336, 40.141, 242_565, false)));
    }

    private static BufferedImage render(SnapshotRenderer.Request r, Path png) throws IOException {
        new FxSnapshotRenderer().render(X, r, png);
        return ImageIO.read(png.toFile());
    }

    @Test
    void theServiceIsFoundThroughTheCoreInterface() {
        assertThat(SnapshotRenderer.find()).get().isInstanceOf(FxSnapshotRenderer.class);
    }

    @ParameterizedTest(name = "{0} at scale {1}")
    @CsvSource(textBlock = """
            Baghdad,     1, E69F00
            Ayn al-Asad, 1, E69F00
            Albu Kamal,  1, 009E73
            al-Mayadeen, 1, D55E00
            Kirkuk,      1, 0072B2
            Baghdad,     2, E69F00
            Kirkuk,      2, 0072B2
            """)
    void markersSitAtTheirWebMercatorPixels(String name, double scale, String hex) throws IOException {
        SnapshotRenderer.Request r = new SnapshotRenderer.Request(900, 600, scale, IRAQ_SYRIA, "Test");
        BufferedImage img = render(r, tmp.resolve("map.png"));
        assertThat(img.getWidth()).isEqualTo((int) (900 * scale));
        assertThat(img.getHeight()).isGreaterThan((int) (600 * scale));
        Place p = place(name);
        MapViewport v = FxSnapshotRenderer.viewportFor(X, r);
        // The box just fits: its wider side spans the image.
        assertThat(Math.min(v.screenX(IRAQ_SYRIA[2]) - v.screenX(IRAQ_SYRIA[0]),
                v.screenY(IRAQ_SYRIA[1]) - v.screenY(IRAQ_SYRIA[3]))).isLessThanOrEqualTo(600.001);
        // 5 px below the centre: inside the smallest symbol, clear of a count written in a bigger one
        int x = (int) Math.floor(v.screenX(p.lon()) * scale);
        int y = (int) Math.floor((v.screenY(p.lat()) + 5) * scale);
        assertThat(close(new Color(img.getRGB(x, y)), Color.decode("#" + hex)))
                .as("%s at (%d,%d) is %s", name, x, y, Integer.toHexString(img.getRGB(x, y))).isTrue();
    }

    @Test
    void defaultViewFitsEveryIncidentIncludingMoscow() throws IOException {
        SnapshotRenderer.Request r = new SnapshotRenderer.Request(800, 800, 1, null, "Test");
        BufferedImage img = render(r, tmp.resolve("fit.png"));
        MapViewport v = FxSnapshotRenderer.viewportFor(X, r);
        for (Place p : new Place[] {SyntheticExtraction.MOSCOW, SyntheticExtraction.BAGHDAD,
                                    SyntheticExtraction.KIRKUK}) {
            double x = v.screenX(p.lon());
            double y = v.screenY(p.lat());
            assertThat(x).isBetween(40.0, 760.0);
            assertThat(y).isBetween(40.0, 760.0);
        }
        Color moscow = new Color(img.getRGB((int) v.screenX(37.617), (int) v.screenY(55.756)));
        assertThat(close(moscow, Color.decode("#0072B2"))).as("Moscow marker %s", moscow).isTrue();
    }

    @Test
    void iraqAndSyriaShowTheRiversAsWaterTheGovernorateLinesAndTheNamedIncidentPlaces() throws IOException {
        SnapshotRenderer.Request r = new SnapshotRenderer.Request(1100, 900, 1, new double[] {38, 29, 49, 38}, "T");
        BufferedImage img = render(r, tmp.resolve("iq.png"));
        MapViewport v = FxSnapshotRenderer.viewportFor(X, r);
        assertThat(FxSnapshotRenderer.lastLabels()).contains("Baghdad", "Ayn al-Asad", "Albu Kamal", "al-Mayadeen",
                "Kirkuk");
        // The Tigris north of Baghdad and the Euphrates near Hit: along a parallel across each, a river-blue pixel.
        assertThat(riverAlong(img, v, 34.0, 43.6, 44.5)).as("Tigris at 34 N").isTrue();
        assertThat(riverAlong(img, v, 33.55, 42.6, 43.0)).as("Euphrates at 33.55 N").isTrue();
        // A governorate line: between Anbar and Karbala / Najaf, some pixel of the first-level line colour.
        boolean line = false;
        int y = (int) v.screenY(32.3);
        for (int x = (int) v.screenX(41.5); x < (int) v.screenX(44.0) && !line; x++) {
            Color c = new Color(img.getRGB(x, y));
            // the boundary's purple grey over the sand of the land: red and blue above green, darker than land
            line = c.getRed() - c.getGreen() >= 4 && c.getBlue() - c.getGreen() >= 4 && c.getRed() < 232;
        }
        assertThat(line).as("a first-level boundary crosses 32.3 N").isTrue();
    }

    private static boolean riverAlong(BufferedImage img, MapViewport v, double lat, double lon0, double lon1) {
        int y = (int) Math.round(v.screenY(lat));
        for (int x = (int) v.screenX(lon0); x <= (int) v.screenX(lon1); x++) {
            Color c = new Color(img.getRGB(x, y));
            if (c.getBlue() > c.getRed() + 20 && c.getBlue() > 180) {
                return true;
            }
        }
        return false;
    }

    @Test
    void matchesTheReferenceImage() throws IOException {
        Path dir = Path.of("src/test/resources/snapshots/iraq-syria");
        Path out = Path.of("target/snapshots/iraq-syria");
        Files.createDirectories(out);
        BufferedImage actual = render(new SnapshotRenderer.Request(640, 480, 1, IRAQ_SYRIA, "Reference"),
                out.resolve("actual.png"));
        Path ref = dir.resolve("reference.png");
        assertThat(ref).as("reference image; to accept the current one copy %s", out.resolve("actual.png")).exists();
        BufferedImage expected = ImageIO.read(ref.toFile());
        ImageDiff diff = ImageDiff.of(expected, actual, 48);
        if (diff.fraction() > 0.001) {
            ImageIO.write(diff.image(), "png", out.resolve("difference.png").toFile());
        }
        assertThat(diff.fraction()).as("share of differing pixels; see %s", out).isLessThanOrEqualTo(0.001);
    }

    private static Place place(String name) {
        return switch (name) {
            case "Baghdad" -> SyntheticExtraction.BAGHDAD;
            case "Ayn al-Asad" -> SyntheticExtraction.AYN_AL_ASAD;
            case "Albu Kamal" -> SyntheticExtraction.ALBU_KAMAL;
            case "al-Mayadeen" -> SyntheticExtraction.AL_MAYADEEN;
            case "Kirkuk" -> SyntheticExtraction.KIRKUK;
            default -> SyntheticExtraction.MOSCOW;
        };
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 24 && Math.abs(a.getGreen() - b.getGreen()) <= 24
                && Math.abs(a.getBlue() - b.getBlue()) <= 24;
    }
}
