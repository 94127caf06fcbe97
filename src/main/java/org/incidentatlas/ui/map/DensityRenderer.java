package org.incidentatlas.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The density mode of a symbol layer: a heat map of where events are, for corpora too large to read symbol by
 * symbol. Each event adds a Gaussian bump (radius {@link #KERNEL_PX} screen pixels) to a grid of 4 px cells; the
 * sum is coloured from transparent through yellow to dark red, relative to the densest cell in view.
 */
final class DensityRenderer {
    static final double KERNEL_PX = 24;
    private static final int CELL = 4;

    private DensityRenderer() {
    }

    /** The density grid (cols × rows of {@link #CELL} px) of the points in view, not normalised. */
    static float[] grid(double[] ux, double[] uy, MapViewport v, int cols, int rows) {
        float[] d = new float[cols * rows];
        double world = WebMercator.worldSize(v.zoom());
        double sigma = KERNEL_PX / 2 / CELL;
        int reach = (int) Math.ceil(2 * sigma);
        float[] kernel = new float[(2 * reach + 1) * (2 * reach + 1)];
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                kernel[(dy + reach) * (2 * reach + 1) + dx + reach] =
                        (float) Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            }
        }
        for (int i = 0; i < ux.length; i++) {
            int cx = (int) Math.floor((ux[i] * world - v.originX()) / CELL);
            int cy = (int) Math.floor((uy[i] * world - v.originY()) / CELL);
            if (cx < -reach || cy < -reach || cx >= cols + reach || cy >= rows + reach) {
                continue;
            }
            for (int dy = -reach; dy <= reach; dy++) {
                int y = cy + dy;
                if (y < 0 || y >= rows) {
                    continue;
                }
                for (int dx = -reach; dx <= reach; dx++) {
                    int x = cx + dx;
                    if (x >= 0 && x < cols) {
                        d[y * cols + x] += kernel[(dy + reach) * (2 * reach + 1) + dx + reach];
                    }
                }
            }
        }
        return d;
    }

    static void draw(GraphicsContext g, double[] ux, double[] uy, MapViewport v) {
        int cols = (int) Math.ceil(v.width() / CELL);
        int rows = (int) Math.ceil(v.height() / CELL);
        float[] d = grid(ux, uy, v, cols, rows);
        float max = 0;
        for (float f : d) {
            max = Math.max(max, f);
        }
        if (max <= 0) {
            return;
        }
        int[] argb = new int[cols * rows];
        for (int k = 0; k < d.length; k++) {
            argb[k] = colour(Math.sqrt(d[k] / max));
        }
        WritableImage img = new WritableImage(cols, rows);
        img.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), argb, 0, cols);
        g.setImageSmoothing(true);
        g.drawImage(img, 0, 0, cols * CELL, rows * CELL);
    }

    /** Transparent at 0, pale yellow, orange, dark red at 1 (ARGB, not premultiplied). */
    static int colour(double t) {
        if (t < 0.02) {
            return 0;
        }
        double[][] stops = {{0, 255, 255, 178, 0.25}, {0.35, 254, 204, 92, 0.6}, {0.65, 253, 141, 60, 0.75},
                            {0.85, 240, 59, 32, 0.85}, {1, 177, 0, 38, 0.9}};
        for (int k = 1; k < stops.length; k++) {
            if (t <= stops[k][0]) {
                double f = (t - stops[k - 1][0]) / (stops[k][0] - stops[k - 1][0]);
                int a = (int) Math.round(255 * lerp(stops[k - 1][4], stops[k][4], f));
                int r = (int) Math.round(lerp(stops[k - 1][1], stops[k][1], f));
                int gr = (int) Math.round(lerp(stops[k - 1][2], stops[k][2], f));
                int b = (int) Math.round(lerp(stops[k - 1][3], stops[k][3], f));
                return a << 24 | r << 16 | gr << 8 | b;
            }
        }
        return 0xE6B10026;
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }
}
