package org.incidentatlas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.SnapshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code snapshot --out map.png [PATH...]}: the map of a corpus as PNG, without a display. Reaches the renderer
 * through the {@link SnapshotRenderer} service so that the CLI never depends on the UI.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the map of a corpus to a PNG (headless): basemap, incidents, legend, scale bar, "
                + "title, attribution and source footnotes.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:nothing could be loaded, rendered or written",
                "3:written, but some inputs had errors (listed on stderr)"})
public final class SnapshotCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "Article files or folders. Default: the sample corpus.")
    List<Path> paths = List.of();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1200", description = "Map width in logical pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "Map height in logical pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", defaultValue = "1", description = "Pixel scale: 1, 2 or 4 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", split = ",",
            description = "Centre on this box at the zoom where it just fits (default: fit to the incidents).")
    double[] bbox;

    @Option(names = "--title", description = "Title drawn on the map (default: Incident Atlas — <input>).")
    String title;

    @Override
    public Integer call() throws Exception {
        useHeadlessToolkit();
        SnapshotRenderer.Request request;
        try {
            request = new SnapshotRenderer.Request(width, height, scale, bbox, title);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        Optional<SnapshotRenderer> renderer = SnapshotRenderer.find();
        if (renderer.isEmpty()) {
            System.err.println("error: no snapshot renderer on the class path (the UI module is missing)");
            return 1;
        }
        List<Path> inputs = CorpusRun.orSampleCorpus(paths);
        Gazetteer gazetteer = GazetteerLoader.loadDefault(); // for the extraction, then the map's city names
        Optional<Extraction> extracted = CorpusRun.extract(inputs, gazetteer);
        if (extracted.isEmpty()) {
            return 1;
        }
        Extraction x = extracted.get();
        if (title == null) {
            request = new SnapshotRenderer.Request(width, height, scale, bbox, "Incident Atlas — " + (paths.isEmpty()
                    ? "sample corpus" : paths.size() == 1 ? paths.get(0).getFileName() : paths.size() + " inputs"));
        }
        long t0 = System.nanoTime();
        try {
            renderer.get().render(x, request, out, gazetteer);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            System.err.println("error: " + CorpusRun.printable(org.incidentatlas.io.WriteFailures.describe(out, e)));
            return 1;
        }
        System.err.printf("%d incidents, %d deployments -> %s (%dx%d at %sx, %d ms)%n", x.incidents().size(),
                x.deployments().size(), CorpusRun.printable(out.toString()), width, height, scale, (System.nanoTime() - t0) / 1_000_000);
        return CorpusRun.exitCode(x);
    }

    /** Monocle's headless glass and software rendering, so the jar draws with no display; set before JavaFX starts. */
    static void useHeadlessToolkit() {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("prism.text", System.getProperty("prism.text", "t2k"));
        System.setProperty("java.awt.headless", "true");
    }
}
