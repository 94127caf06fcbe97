package org.incidentatlas.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.pipeline.SnapshotRenderer;
import org.incidentatlas.ui.map.CityLabel;
import org.incidentatlas.ui.map.ExtractionFeatures;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapPaneView;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.map.OfflineTileRetriever;
import org.incidentatlas.ui.map.WebMercator;

/**
 * The headless snapshot (service for the CLI's {@code snapshot} command): builds the app's map pane off screen,
 * renders its basemap tiles up front so none is missing, and writes the composed PNG. Starts the JavaFX
 * toolkit if needed; the caller chooses the platform (Monocle for no display) before the first call.
 */
public final class FxSnapshotRenderer implements SnapshotRenderer {
    /** Padding around the incidents when fitting to them, as in the app. */
    public static final double FIT_PADDING = 40;
    public static final double FIT_MAX_ZOOM = 9;

    @Override
    public void render(Extraction extraction, Request request, Path png, Gazetteer places) throws IOException {
        WritableImage img = renderImage(extraction, request, places);
        PngWriter.write(img, png);
    }

    /** The view a request asks for: centred on the bbox with the zoom at which it just fits, or fitted to events. */
    public static MapViewport viewportFor(Extraction x, Request r) {
        double[] b = r.bbox();
        if (b != null) {
            return MapViewport.fit(b[0], b[1], b[2], b[3], r.width(), r.height(), 0, 18);
        }
        List<MapFeature> events = ExtractionFeatures.events(x);
        double[] fb = ExtractionFeatures.bounds(events.isEmpty() ? ExtractionFeatures.mentions(x) : events);
        if (fb == null) {
            fb = new double[] {-170, -60, 170, 75};
        }
        return MapViewport.fit(fb[0], fb[1], fb[2], fb[3], r.width(), r.height(), FIT_PADDING, FIT_MAX_ZOOM);
    }

    /** The composed snapshot; city names from {@code places} (none when null). */
    public WritableImage renderImage(Extraction x, Request r, Gazetteer places) throws IOException {
        startToolkit();
        List<CityLabel> cityLabels = labels(places);
        MapViewport v = viewportFor(x, r);
        int tilePixels = r.scale() > 2 ? 1024 : 512;
        pinTiles(v, tilePixels);
        try {
            CompletableFuture<WritableImage> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                int before = OfflineTileRetriever.tilePixels();
                try {
                    OfflineTileRetriever.setTilePixels(tilePixels);
                    MapPaneView pane = new MapPaneView();
                    List<MapFeature> events = ExtractionFeatures.events(x);
                    pane.setEvents(events);
                    boolean mentions = events.isEmpty();
                    if (mentions) {
                        // Nothing to plot but places: show them, as the app does.
                        pane.map().mentionLayer().setFeatures(ExtractionFeatures.mentions(x));
                        pane.map().mentionLayer().setVisible(true);
                    }
                    pane.map().labelLayer().setLabels(cityLabels);
                    new Scene(pane, r.width(), r.height());
                    pane.applyCss();
                    pane.layout();
                    pane.map().setViewport(v);
                    pane.layout();
                    pane.layout();
                    lastLabels = pane.map().labelLayer().placed().stream()
                            .map(org.incidentatlas.ui.map.LabelPlacer.Placed::text).toList();
                    String title = r.title() != null ? r.title() : "Incident Atlas";
                    int unpinned = (int) x.incidents().stream().filter(i -> !i.isPinned()).count();
                    result.complete(SnapshotComposer.compose(pane, x,
                            new SnapshotComposer.Info(title, mentions, unpinned), r.scale()));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                } finally {
                    OfflineTileRetriever.setTilePixels(before);
                }
            });
            return result.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering the snapshot", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("snapshot failed: " + e.getMessage(), e);
        } finally {
            OfflineTileRetriever.unpin();
        }
    }

    private static volatile List<CityLabel> fixedLabels;
    private static volatile List<String> lastLabels = List.of();

    /** The names written on the map of the last snapshot (for tests and the log). */
    public static List<String> lastLabels() {
        return lastLabels;
    }

    /** Uses these labels instead of the gazetteer's (reference images must not change with the gazetteer). */
    public static void useLabels(List<CityLabel> fixed) {
        fixedLabels = List.copyOf(fixed);
    }

    /** The fixed labels if set, else those chosen from the gazetteer (a few ms), else none. */
    static List<CityLabel> labels(Gazetteer places) {
        List<CityLabel> fixed = fixedLabels;
        return fixed != null ? fixed : places == null ? List.of() : CityLabel.from(places);
    }

    /** Renders every tile the view needs, at the zoom level Gluon Maps will ask for. */
    static void pinTiles(MapViewport v, int tilePixels) {
        int tz = (int) Math.min(Math.floor(v.zoom() + 0.2), 19);
        double f = Math.pow(2, tz - v.zoom()) / WebMercator.TILE_SIZE;
        long i0 = (long) Math.floor(v.originX() * f) - 1;
        long j0 = (long) Math.floor(v.originY() * f) - 1;
        long i1 = (long) Math.floor((v.originX() + v.width()) * f) + 1;
        long j1 = (long) Math.floor((v.originY() + v.height()) * f) + 1;
        OfflineTileRetriever.pin(tz, i0, j0, i1, j1, tilePixels);
    }

    /** Starts JavaFX once for this JVM and keeps it running without windows. */
    public static void startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.join();
    }
}
