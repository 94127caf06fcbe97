package org.incidentatlas.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.pipeline.SnapshotRenderer;
import org.incidentatlas.ui.SyntheticExtraction;
import org.incidentatlas.ui.export.FxSnapshotRenderer;
import org.incidentatlas.ui.map.Basemap;
import org.incidentatlas.ui.map.BasemapReader;
import org.incidentatlas.ui.map.IncidentSymbology;
import org.incidentatlas.ui.map.MapFeature;
import org.incidentatlas.ui.map.MapPaneView;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.map.ScreenClusters;
import org.incidentatlas.ui.map.TileRenderer;
import org.incidentatlas.ui.map.WebMercator;

/**
 * UI benchmarks (not a test: run by hand, numbers go to docs/benchmarks.md). Run headless with
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... UiBenchmark}.
 */
public final class UiBenchmark {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Basemap basemap = BasemapReader.read(Path.of("geodata/basemap"));
        System.out.printf("basemap load (3 scales): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        tiles(basemap);
        FxSnapshotRenderer.startToolkit();
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            layout(n);
        }
        snapshot();
        Platform.exit();
    }

    static void tiles(Basemap basemap) {
        TileRenderer r = new TileRenderer(basemap);
        Random rnd = new Random(42);
        for (int[] zooms : new int[][] {{2, 2}, {4, 5}, {6, 8}, {9, 11}}) {
            List<Double> ms = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                int z = zooms[0] + rnd.nextInt(zooms[1] - zooms[0] + 1);
                // Tiles over the Middle East and Europe (land, coasts, borders), where analysts look.
                double lat = 25 + rnd.nextDouble() * 30;
                double lon = 25 + rnd.nextDouble() * 30;
                long n = 1L << z;
                long x = (long) (WebMercator.unitX(lon) * n);
                long y = (long) (WebMercator.unitY(lat) * n);
                long s = System.nanoTime();
                r.render(z, x, y, 512);
                ms.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf("tile 512px zoom %d-%d: %s%n", zooms[0], zooms[1], stats(ms.subList(10, ms.size())));
        }
    }

    static List<MapFeature> synthetic(int n) {
        Random rnd = new Random(7);
        List<MapFeature> out = new ArrayList<>(n);
        Incident proto = SyntheticExtraction.extraction().incidents().get(0);
        String[] types = IncidentSymbology.legend().keySet().toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            double lat = 33 + rnd.nextGaussian() * 2.5;
            double lon = 43 + rnd.nextGaussian() * 3;
            out.add(new MapFeature(proto, "e" + i, "s" + (i % (n / 3 + 1)), lat, lon, i % 10 == 0 ? 40 : 0,
                    IncidentSymbology.of(new EventType(types[i % types.length], ""))));
        }
        return out;
    }

    static void layout(int n) throws Exception {
        List<MapFeature> features = synthetic(n);
        // The pure part: clustering alone.
        double[] ux = features.stream().mapToDouble(f -> WebMercator.unitX(f.lon())).toArray();
        double[] uy = features.stream().mapToDouble(f -> WebMercator.unitY(f.lat())).toArray();
        int[] spot = new int[n];
        for (int i = 0; i < n; i++) {
            spot[i] = i % (n / 3 + 1);
        }
        List<Double> cl = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            MapViewport v = MapViewport.centredOn(33, 43, 5 + (k % 5), 1280, 800).panned(k * 7, k * 3);
            long s = System.nanoTime();
            ScreenClusters.of(ux, uy, spot, v, 14);
            cl.add((System.nanoTime() - s) / 1e6);
        }
        // The frame: clustering plus canvas drawing in the real layer, on the FX thread.
        CompletableFuture<List<Double>> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            MapPaneView pane = new MapPaneView();
            new Scene(pane, 1280, 800);
            pane.applyCss();
            pane.layout();
            pane.setEvents(features);
            List<Double> ms = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                pane.map().setViewport(MapViewport.centredOn(33, 43, 5 + (k % 5), 1280, 800).panned(k * 7, k * 3));
                pane.layout();
                ms.add(pane.map().symbolLayer().lastLayoutNanos() / 1e6);
            }
            frames.complete(ms);
        });
        List<Double> f = frames.get();
        System.out.printf("%,d incidents: clustering %s; layer layout+draw per frame %s%n", n,
                stats(cl.subList(10, cl.size())), stats(f.subList(10, f.size())));
    }

    static void snapshot() throws Exception {
        Extraction x = SyntheticExtraction.extraction();
        FxSnapshotRenderer r = new FxSnapshotRenderer();
        // city names as the snapshot command draws them, from the gazetteer it extracted with
        org.incidentatlas.gazetteer.Gazetteer places = org.incidentatlas.gazetteer.GazetteerLoader.loadDefault();
        for (double scale : new double[] {1, 2, 4}) {
            List<Double> ms = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                Path png = Files.createTempFile("bench", ".png");
                long s = System.nanoTime();
                r.render(x, new SnapshotRenderer.Request(1200, 800, scale, new double[] {38, 31, 47, 37}, "Bench"),
                        png, places);
                ms.add((System.nanoTime() - s) / 1e6);
                Files.delete(png);
            }
            System.out.printf("snapshot 1200x800 at %.0fx (render + PNG): %s%n", scale, stats(ms.subList(1, ms.size())));
        }
    }

    static String stats(List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("p50 %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)", a[a.length / 2],
                a[(int) Math.min(a.length - 1, Math.ceil(a.length * 0.95) - 1)], a[a.length - 1], a.length);
    }

    private UiBenchmark() {
    }

}
