package org.incidentatlas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Place;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;
import org.incidentatlas.pipeline.SnapshotRenderer;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.map.TileRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on the shipped sample corpus, drawn at default settings: every pinned fact sits at its pixel. */
@Tag("ui")
@org.junit.jupiter.api.extension.ExtendWith(org.incidentatlas.ui.ToolkitThroughTestFx.class)
class SampleCorpusSnapshotTest {
    private static final Set<String> NAMED = Set.of("Baghdad", "Ayn al-Asad", "Ain al-Asad", "Albu Kamal",
            "Abu Kamal", "al-Mayadeen", "Al Mayadin", "Kirkuk", "Moscow");

    @TempDir
    Path tmp;

    @Test
    void pinnedIncidentsAndDeploymentsAreDrawnAtTheirWebMercatorPixels() throws IOException {
        Extraction x = Pipeline.standard().run(List.of(Path.of("geodata/corpus")), ProgressListener.NONE);
        SnapshotRenderer.Request r = new SnapshotRenderer.Request(1200, 800, 1, null, "Sample");
        Path png = tmp.resolve("sample.png");
        new FxSnapshotRenderer().render(x, r, png);
        BufferedImage img = ImageIO.read(png.toFile());
        MapViewport v = FxSnapshotRenderer.viewportFor(x, r);
        List<Place> places = new ArrayList<>();
        x.incidents().stream().filter(i -> i.place() != null).forEach(i -> places.add(i.place()));
        x.deployments().stream().filter(d -> d.place() != null).forEach(d -> places.add(d.place()));
        assertThat(places).as("the sample corpus yields pinned facts").isNotEmpty();
        for (Place p : places) {
            double sx = v.screenX(p.lon());
            double sy = v.screenY(p.lat());
            assertThat(sx).as(p.name()).isBetween(0.0, 1200.0);
            assertThat(sy).as(p.name()).isBetween(0.0, 800.0);
            Color c = new Color(img.getRGB((int) sx, (int) sy));
            assertThat(near(c, TileRenderer.LAND) || near(c, TileRenderer.WATER))
                    .as("%s at (%.0f,%.0f) shows basemap colour %s: no marker drawn", p.name(), sx, sy, c).isFalse();
        }
        assertThat(places).extracting(Place::name).anyMatch(NAMED::contains);
    }

    private static boolean near(Color a, java.awt.Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 10 && Math.abs(a.getGreen() - b.getGreen()) < 10
                && Math.abs(a.getBlue() - b.getBlue()) < 10;
    }
}
