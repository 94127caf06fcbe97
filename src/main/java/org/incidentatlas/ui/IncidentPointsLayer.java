package org.incidentatlas.ui;

import com.gluonhq.maps.MapLayer;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.incidentatlas.io.IncidentPoints;
import org.incidentatlas.ui.map.AtlasMapView;
import org.incidentatlas.ui.map.MapViewport;
import org.incidentatlas.ui.map.WebMercator;

/**
 * A million incidents on the map as one image: the points, projected once into {@link IncidentPoints}, are counted
 * per screen cell of the view (aggregation: 6 px cells when zoomed out, 3 px close) and the counts painted into one
 * {@link PixelBuffer}, no node per point. Redrawn on the FX thread when the view changes, in place (the buffer and
 * the counts are reused; nothing is allocated per point or per frame), which costs a few milliseconds at a million
 * (docs/scale.md); a new filter's rows are computed off the FX thread and handed in by {@link #show}.
 * {@code ui.map.SymbolLayer} clusters the features it holds on every frame, which suits 100k incidents as records.
 */
final class IncidentPointsLayer extends MapLayer {
    /** Cell size in screen pixels: coarse when zoomed out (aggregation), finer when close. */
    static int cellFor(double zoom) {
        return zoom < 6 ? 6 : zoom < 10 ? 4 : 3;
    }

    private final AtlasMapView map;
    private final ImageView view = new ImageView();
    private IncidentPoints points;
    private int[] rows;
    private PixelBuffer<IntBuffer> pixels;
    private int[] counts = new int[0];
    private MapViewport drawnFor;
    private Consumer<IncidentPoints.Counts> onDraw = c -> { };

    IncidentPointsLayer(AtlasMapView map) {
        this.map = map;
        view.setMouseTransparent(true);
        getChildren().add(view);
        map.viewportProperty().addListener(o -> markDirty());
    }

    /** Shows {@code rows} of {@code p} (null: all); FX thread. */
    void show(IncidentPoints p, int[] selected) {
        points = p;
        rows = selected;
        drawnFor = null;
        markDirty();
        layoutLayer(); // at once, not at the next pulse: a filter's result is on screen in the same frame
    }

    /**
     * The box (minLon, minLat, maxLon, maxLat) of the cell drawn under a point of the view, or null before the first
     * drawing: what a click on a coloured square means.
     */
    double[] cellAt(double x, double y) {
        MapViewport v = drawnFor;
        if (v == null || x < 0 || y < 0 || x >= v.width() || y >= v.height()) {
            return null;
        }
        return cellBox(v, x, y);
    }

    static double[] cellBox(MapViewport v, double x, double y) {
        int cell = cellFor(v.zoom());
        double world = WebMercator.worldSize(v.zoom());
        double x0 = v.originX() + Math.floor(x / cell) * cell;
        double y0 = v.originY() + Math.floor(y / cell) * cell;
        return new double[] {WebMercator.lonOfUnit(x0 / world), WebMercator.latOfUnit((y0 + cell) / world),
                WebMercator.lonOfUnit((x0 + cell) / world), WebMercator.latOfUnit(y0 / world)};
    }

    /** Called on the FX thread after each drawing, with the counts in view (for the status line). */
    void setOnDraw(Consumer<IncidentPoints.Counts> c) {
        onDraw = c;
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = map.viewport();
        if (v == null || points == null || v.equals(drawnFor)) {
            return;
        }
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        if (pixels == null || pixels.getWidth() != w || pixels.getHeight() != h) {
            pixels = new PixelBuffer<>(w, h, IntBuffer.allocate(w * h), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(pixels));
        }
        int cell = cellFor(v.zoom());
        int need = ((w + cell - 1) / cell) * ((h + cell - 1) / cell);
        if (counts.length < need) {
            counts = new int[need];
        }
        IncidentPoints.Counts[] drawn = new IncidentPoints.Counts[1];
        pixels.updateBuffer(b -> {
            drawn[0] = draw(points, rows, v, counts, b.getBuffer().array());
            return null;
        });
        drawnFor = v;
        onDraw.accept(drawn[0]);
    }

    /**
     * One frame: counts the rows in view per cell and paints them into {@code argb} (the view's size, premultiplied
     * ARGB). Pure, so the benchmark times exactly what a pan frame costs, without a toolkit.
     */
    static IncidentPoints.Counts draw(IncidentPoints p, int[] rows, MapViewport v, int[] counts, int[] argb) {
        int w = (int) Math.ceil(v.width());
        int h = (int) Math.ceil(v.height());
        IncidentPoints.Counts c = p.count(rows, v.originX(), v.originY(), WebMercator.worldSize(v.zoom()), w, h,
                cellFor(v.zoom()), counts);
        paint(c, w, h, argb);
        return c;
    }

    /**
     * Paints counts as premultiplied ARGB over a cleared image: each non-empty cell a square whose colour goes from
     * amber (one) to dark red (ten thousand and more), on a logarithmic scale.
     */
    static void paint(IncidentPoints.Counts c, int width, int height, int[] argb) {
        Arrays.fill(argb, 0, width * height, 0);
        int cell = c.cell();
        int inset = cell > 3 ? 1 : 0;
        int[] n = c.counts();
        for (int r = 0; r < c.rows(); r++) {
            int y0 = r * cell + inset;
            int y1 = Math.min(height, (r + 1) * cell - inset);
            for (int col = 0; col < c.cols(); col++) {
                int k = n[r * c.cols() + col];
                if (k == 0) {
                    continue;
                }
                int colour = colour(k);
                int x0 = col * cell + inset;
                int x1 = Math.min(width, (col + 1) * cell - inset);
                for (int y = y0; y < y1; y++) {
                    int row = y * width;
                    if (x1 > x0) {
                        Arrays.fill(argb, row + x0, row + x1, colour);
                    }
                }
            }
        }
    }

    private static final int[] COLOURS = new int[10_001];

    static {
        for (int k = 1; k < COLOURS.length; k++) {
            double t = Math.min(1, Math.log10(k) / 4);
            int red = (int) (250 - 110 * t);
            int green = (int) (180 - 170 * t);
            int blue = (int) (40 - 20 * t);
            COLOURS[k] = 0xFF000000 | red << 16 | green << 8 | blue;
        }
    }

    static int colour(int n) {
        return COLOURS[Math.min(n, COLOURS.length - 1)];
    }
}
