package org.incidentatlas.ui;

import com.gluonhq.maps.MapLayer;
import java.nio.IntBuffer;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.ui.map.AtlasMapView;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.map.WebMercator;

/**
 * A million incidents on the map as one image: the store counts the matching incidents per screen cell of the view
 * ({@link ResultsStore#bins}), and the counts are painted into one {@link PixelBuffer}, no node per point. While
 * the user pans, the last image moves with the map at once; the new counts arrive from a background thread (the
 * latest request wins). {@code ui.map.SymbolLayer} clusters features it holds in memory on every frame, which is
 * right for an extraction of 100k but not for a store of a million: here the store aggregates.
 */
final class StoreBinsLayer extends MapLayer {
    /** Cell size in screen pixels: coarse when zoomed out (aggregation), finer when close. */
    static int cellFor(double zoom) {
        return zoom < 6 ? 6 : zoom < 10 ? 4 : 3;
    }

    private final AtlasMapView map;
    private final ResultsStore store;
    private final ImageView view = new ImageView();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "results-bins");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private ResultsStore.Filter filter = ResultsStore.Filter.ALL;
    private MapViewport drawnFor;
    private Consumer<ResultsStore.Bins> onBins = b -> { };

    StoreBinsLayer(AtlasMapView map, ResultsStore store) {
        this.map = map;
        this.store = store;
        view.setMouseTransparent(true);
        getChildren().add(view);
        map.viewportProperty().addListener(o -> markDirty());
    }

    void setFilter(ResultsStore.Filter f) {
        filter = f;
        drawnFor = null;
        markDirty();
    }

    /** Called on the FX thread with each new set of counts (for the status line). */
    void setOnBins(Consumer<ResultsStore.Bins> c) {
        onBins = c;
    }

    void dispose() {
        worker.shutdownNow();
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = map.viewport();
        if (v == null) {
            return;
        }
        if (drawnFor != null && drawnFor.zoom() == v.zoom()) {
            view.setTranslateX(drawnFor.originX() - v.originX());
            view.setTranslateY(drawnFor.originY() - v.originY());
        } else {
            view.setTranslateX(0);
            view.setTranslateY(0);
            if (drawnFor != null) {
                view.setImage(null);
            }
        }
        if (drawnFor != null && drawnFor.equals(v)) {
            return;
        }
        long gen = generation.incrementAndGet();
        ResultsStore.Filter f = filter;
        worker.execute(() -> {
            if (gen != generation.get()) {
                return;
            }
            int w = (int) Math.ceil(v.width());
            int h = (int) Math.ceil(v.height());
            ResultsStore.Bins b;
            try {
                b = store.bins(f, v.originX(), v.originY(), WebMercator.worldSize(v.zoom()), w, h, cellFor(v.zoom()));
            } catch (SQLException e) {
                System.getLogger(StoreBinsLayer.class.getName()).log(System.Logger.Level.WARNING, "bins: " + e.getMessage());
                return;
            }
            int[] argb = rasterize(b, w, h);
            Platform.runLater(() -> {
                if (gen != generation.get()) {
                    return;
                }
                PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
                view.setImage(new WritableImage(pixels));
                view.setTranslateX(0);
                view.setTranslateY(0);
                drawnFor = v;
                onBins.accept(b);
            });
        });
    }

    /**
     * Paints counts as premultiplied ARGB: each non-empty cell a square whose colour goes from amber (one) to
     * dark red (thousands), on a logarithmic scale. Pure, so the benchmark times it without a toolkit.
     */
    static int[] rasterize(ResultsStore.Bins b, int width, int height) {
        int[] argb = new int[width * height];
        int cell = b.cell();
        int inset = cell > 3 ? 1 : 0;
        for (int r = 0; r < b.rows(); r++) {
            for (int c = 0; c < b.cols(); c++) {
                int n = b.counts()[r * b.cols() + c];
                if (n == 0) {
                    continue;
                }
                int colour = colour(n);
                int x0 = c * cell + inset;
                int y0 = r * cell + inset;
                int x1 = Math.min(width, (c + 1) * cell - inset);
                int y1 = Math.min(height, (r + 1) * cell - inset);
                for (int y = y0; y < y1; y++) {
                    java.util.Arrays.fill(argb, y * width + x0, Math.max(y * width + x0, y * width + x1), colour);
                }
            }
        }
        return argb;
    }

    static int colour(int n) {
        double t = Math.min(1, Math.log10(n) / 4);
        int red = (int) (250 - 110 * t);
        int green = (int) (180 - 170 * t);
        int blue = (int) (40 - 20 * t);
        return 0xFF000000 | red << 16 | green << 8 | blue;
    }
}
