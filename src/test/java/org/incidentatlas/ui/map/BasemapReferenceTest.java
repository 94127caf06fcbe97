package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference images of the basemap tiles alone (no labels, no symbols) at three zooms, composed from
 * {@link TileRenderer} tiles exactly as placed on screen. Each case is a folder under
 * {@code src/test/resources/basemap/} holding {@code reference.png}; on a mismatch the test writes
 * {@code actual.png} and {@code difference.png} (differing pixels red) to {@code target/basemap/<case>/}. To accept
 * a change on purpose, look at both and copy the actual image over the reference.
 */
class BasemapReferenceTest {
    /** Per-channel difference that still counts as equal (anti-aliasing differs a little across JDKs). */
    private static final int TOLERANCE = 40;
    /** Share of pixels allowed to differ by more than that. */
    private static final double MAX_DIFFERING = 0.005;
    private static TileRenderer renderer;

    @BeforeAll
    static void basemap() throws IOException {
        renderer = new TileRenderer(BasemapReader.read(Path.of("geodata/basemap")));
    }

    /** The view's basemap as the map shows it: tiles of the zoom Gluon picks, scaled to the fractional zoom. */
    static BufferedImage compose(MapViewport v) {
        int tz = (int) Math.floor(v.zoom() + 0.2);
        double f = Math.pow(2, v.zoom() - tz);
        int size = 256;
        BufferedImage out = new BufferedImage((int) v.width(), (int) v.height(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        long i0 = (long) Math.floor(v.originX() / (size * f));
        long j0 = (long) Math.floor(v.originY() / (size * f));
        long i1 = (long) Math.floor((v.originX() + v.width()) / (size * f));
        long j1 = (long) Math.floor((v.originY() + v.height()) / (size * f));
        long max = 1L << tz;
        for (long i = i0; i <= i1; i++) {
            for (long j = Math.max(0, j0); j <= Math.min(max - 1, j1); j++) {
                long wrapped = Math.floorMod(i, max);
                int[] px = renderer.render(tz, wrapped, j, 2 * size);
                BufferedImage tile = new BufferedImage(2 * size, 2 * size, BufferedImage.TYPE_INT_ARGB_PRE);
                tile.setRGB(0, 0, 2 * size, 2 * size, px, 0, 2 * size);
                double x = i * size * f - v.originX();
                double y = j * size * f - v.originY();
                g.drawImage(tile, (int) Math.floor(x), (int) Math.floor(y),
                        (int) Math.ceil(size * f + x - Math.floor(x)), (int) Math.ceil(size * f + y - Math.floor(y)),
                        null);
            }
        }
        g.dispose();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            world,        -170, -60, 170, 75
            middle-east,    25,  12,  62, 42
            baghdad-city, 44.2, 33.2, 44.6, 33.45
            """)
    void matchesTheReferenceImage(String name, double w, double s, double e, double n) throws IOException {
        MapViewport v = MapViewport.fit(w, s, e, n, 640, 400, 0, 18);
        BufferedImage actual = compose(v);
        Path dir = Path.of("src/test/resources/basemap", name);
        Path out = Path.of("target/basemap", name);
        Files.createDirectories(out);
        Path ref = dir.resolve("reference.png");
        if (!Files.exists(ref)) {
            ImageIO.write(actual, "png", out.resolve("actual.png").toFile());
        }
        assertThat(ref).as("reference image; to accept the current one copy %s", out.resolve("actual.png")).exists();
        org.incidentatlas.ui.export.ImageDiffs.Result diff =
                org.incidentatlas.ui.export.ImageDiffs.of(ImageIO.read(ref.toFile()), actual, TOLERANCE);
        if (diff.fraction() > MAX_DIFFERING) {
            ImageIO.write(actual, "png", out.resolve("actual.png").toFile());
            ImageIO.write(diff.image(), "png", out.resolve("difference.png").toFile());
        }
        assertThat(diff.fraction()).as("share of differing pixels; see %s", out).isLessThanOrEqualTo(MAX_DIFFERING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Tigris in Baghdad,          33.300, 44.400, 44.30, 44.50
            Euphrates west of Ramadi,   33.400, 43.450, 43.35, 43.60
            """)
    void theRiversAreWaterColouredAtCityZoom(String what, double lat, double lon, double lonFrom, double lonTo) {
        // Along a parallel crossing the river, some pixel has the river's colour.
        MapViewport v = MapViewport.centredOn(lat, lon, 10, 400, 300);
        BufferedImage img = compose(v);
        int y = (int) Math.round(v.screenY(lat));
        boolean found = false;
        for (int x = (int) v.screenX(lonFrom); x <= (int) v.screenX(lonTo) && !found; x++) {
            if (x >= 0 && x < img.getWidth()) {
                java.awt.Color c = new java.awt.Color(img.getRGB(x, y));
                found = c.getBlue() > c.getRed() + 40;
            }
        }
        assertThat(found).as(what).isTrue();
    }
}
