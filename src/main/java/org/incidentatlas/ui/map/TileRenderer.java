package org.incidentatlas.ui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Draws one basemap tile (water, land, lakes, rivers, coastlines, first-level and country borders) into premultiplied ARGB pixels with Java2D.
 * Plain Java2D rather than a JavaFX canvas because tiles are drawn on worker threads and JavaFX may only
 * snapshot on its own thread. Thread-safe: every call has its own image.
 */
public final class TileRenderer {
    public static final Color WATER = new Color(0xC6DCEC);
    public static final Color LAND = new Color(0xF3F0E8);
    private static final Color COAST = new Color(0x8AA9C1);
    private static final Color BORDER = new Color(0x8E7F9C);
    /** Rivers a little deeper than open water, so that a line on land reads as water, not as a road. */
    public static final Color RIVER = new Color(0x86B4D8);
    private static final Color ADMIN1 = new Color(0xB9ACC2);
    /** Width of the water band drawn along each bank of a wide river (the Tigris in Baghdad is 200–400 m wide). */
    private static final double RIVER_BAND_M = 300;

    private final Basemap basemap;

    public TileRenderer(Basemap basemap) {
        this.basemap = basemap;
    }

    /** Pixels of tile (zoom, x, y) at {@code size} pixels square, premultiplied ARGB, row-major. */
    public int[] render(int zoom, long tx, long ty, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(WATER);
            g.fillRect(0, 0, size, size);
            double n = Math.pow(2, zoom);
            double scale = n * size;
            double ox = tx * (double) size;
            double oy = ty * (double) size;
            // A margin so that strokes crossing the tile edge are drawn on both sides of it.
            double m = 4.0 / scale;
            double x0 = tx / n - m;
            double y0 = ty / n - m;
            double x1 = (tx + 1) / n + m;
            double y1 = (ty + 1) / n + m;
            Basemap.Scale s = basemap.forZoom(zoom);
            float px = size / 512f;
            Path2D.Double land = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            // Shapes across the antimeridian extend past the unit square: draw them a world to the left or right too.
            for (int world = -1; world <= 1; world++) {
                double shift = world * scale;
                for (List<Basemap.Shape> poly : s.land()) {
                    if (!poly.get(0).intersects(x0 - world, y0, x1 - world, y1)) {
                        continue;
                    }
                    for (Basemap.Shape ring : poly) {
                        append(land, ring.xy(), scale, ox - shift, oy, true);
                    }
                }
            }
            g.setColor(LAND);
            g.fill(land);
            Path2D.Double lakes = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (int world = -1; world <= 1; world++) {
                for (List<Basemap.Shape> poly : s.lakes()) {
                    if (poly.get(0).intersects(x0 - world, y0, x1 - world, y1)) {
                        for (Basemap.Shape ring : poly) {
                            append(lakes, ring.xy(), scale, ox - world * scale, oy, true);
                        }
                    }
                }
            }
            g.setColor(WATER);
            g.fill(lakes);
            if (zoom >= 8 && !s.riverBanks().isEmpty()) {
                // Wide rivers come as their two banks: a water band along each, as wide as such a river, fills
                // the river between them (and spills a little outside, less than the bank line is wide).
                double lat = WebMercator.latOfUnit((ty + 0.5) / n);
                float band = (float) (RIVER_BAND_M / WebMercator.metersPerPixel(lat, zoom) * size / 256);
                g.setColor(WATER);
                g.setStroke(new BasicStroke(band, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(lines(s.riverBanks(), x0, y0, x1, y1, scale, ox, oy));
            }
            if (zoom >= 2) {
                g.setColor(RIVER);
                g.setStroke(new BasicStroke(riverWidth(zoom) * px, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(lines(s.rivers(), x0, y0, x1, y1, scale, ox, oy));
                g.draw(lines(s.riverBanks(), x0, y0, x1, y1, scale, ox, oy));
            }
            g.setColor(COAST);
            g.setStroke(new BasicStroke(1.2f * px));
            g.draw(land);
            g.setStroke(new BasicStroke(0.8f * px));
            g.draw(lakes);
            if (zoom >= 5) {
                g.setColor(ADMIN1);
                g.setStroke(new BasicStroke((zoom >= 7 ? 2.0f : 1.6f) * px, BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
                g.draw(lines(s.admin1(), x0, y0, x1, y1, scale, ox, oy));
            }
            g.setColor(BORDER);
            g.setStroke(new BasicStroke((zoom >= 5 ? 2.4f : 1.4f) * px, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(lines(s.borders(), x0, y0, x1, y1, scale, ox, oy));
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    /** River stroke width in 512-pixel tile units: hairlines on the world map, a band a few pixels wide closer in. */
    static float riverWidth(int zoom) {
        if (zoom <= 3) {
            return 1.2f;
        }
        if (zoom <= 5) {
            return 1.8f;
        }
        return zoom <= 8 ? 2.6f : Math.min(6f, 2.6f + (zoom - 8) * 0.9f);
    }

    private static Path2D.Double lines(List<Basemap.Shape> shapes, double x0, double y0, double x1, double y1,
                                       double scale, double ox, double oy) {
        Path2D.Double path = new Path2D.Double();
        for (int world = -1; world <= 1; world++) {
            for (Basemap.Shape line : shapes) {
                if (line.intersects(x0 - world, y0, x1 - world, y1)) {
                    append(path, line.xy(), scale, ox - world * scale, oy, false);
                }
            }
        }
        return path;
    }

    private static void append(Path2D.Double path, double[] xy, double scale, double ox, double oy, boolean close) {
        // Successive vertices closer than a quarter pixel add nothing visible but cost rasterizer time.
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            double x = xy[2 * i] * scale - ox;
            double y = xy[2 * i + 1] * scale - oy;
            if (i == 0) {
                path.moveTo(x, y);
            } else if (i == n - 1 || Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.25) {
                path.lineTo(x, y);
            } else {
                continue;
            }
            lastX = x;
            lastY = y;
        }
        if (close) {
            path.closePath();
        }
    }
}
