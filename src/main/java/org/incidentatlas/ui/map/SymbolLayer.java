package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws many features on one canvas, clustered so that overlaps never hide anything: a lone feature is drawn
 * with its symbol (and a ring for the extent of an area place), features at one place as a symbol with a count,
 * nearby features at different places as a numbered cluster. One canvas instead of a node per feature keeps a
 * frame of 10k features cheap. Hit-testing uses what the last frame drew.
 */
public final class SymbolLayer extends AtlasLayer {
    private static final double CLUSTER_RADIUS = 14;
    private static final Color CLUSTER_FILL = Color.web("#3b3b3b");
    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 10);

    private final Canvas canvas = new Canvas();
    private List<MapFeature> features = List.of();
    private double[] ux = new double[0];
    private double[] uy = new double[0];
    private int[] spot = new int[0];
    private List<ScreenClusters.Cluster> drawn = List.of();
    private long lastLayoutNanos;

    public SymbolLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    public void setFeatures(List<MapFeature> list) {
        features = List.copyOf(list);
        int n = features.size();
        ux = new double[n];
        uy = new double[n];
        spot = new int[n];
        Map<String, Integer> spots = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MapFeature f = features.get(i);
            ux[i] = WebMercator.unitX(f.lon());
            uy[i] = WebMercator.unitY(f.lat());
            spot[i] = spots.computeIfAbsent(f.spotKey(), k -> spots.size());
        }
        markDirty();
    }

    public List<MapFeature> features() {
        return features;
    }

    /** Duration of the last frame's layout and drawing, for benchmarks. */
    public long lastLayoutNanos() {
        return lastLayoutNanos;
    }

    @Override
    protected void layoutLayer() {
        long t0 = System.nanoTime();
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        canvas.setWidth(v.width());
        canvas.setHeight(v.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        if (!isVisible() || features.isEmpty()) {
            drawn = List.of();
            return;
        }
        drawn = ScreenClusters.of(ux, uy, spot, v, CLUSTER_RADIUS);
        for (ScreenClusters.Cluster c : drawn) {
            if (c.size() == 1 || c.sameSpot()) {
                MapFeature f = features.get(c.members()[0]);
                drawHalo(g, f, c, v);
            }
        }
        for (ScreenClusters.Cluster c : drawn) {
            if (c.size() == 1 || c.sameSpot()) {
                MapFeature f = features.get(c.members()[0]);
                drawSymbol(g, f.symbol(), c.x(), c.y());
                if (c.size() > 1) {
                    drawBadge(g, c.x() + f.symbol().size() * 0.8, c.y() - f.symbol().size() * 0.8, c.size());
                }
            } else {
                double r = 9 + 3 * Math.log10(c.size());
                // A ring in the colour of the commonest type keeps the mix readable before zooming in.
                g.setFill(commonest(c).deriveColor(0, 1, 1, 0.9));
                g.fillOval(c.x() - r - 3, c.y() - r - 3, 2 * r + 6, 2 * r + 6);
                g.setFill(CLUSTER_FILL.deriveColor(0, 1, 1, 0.9));
                g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
                text(g, String.valueOf(c.size()), c.x(), c.y(), Color.WHITE);
            }
        }
        lastLayoutNanos = System.nanoTime() - t0;
    }

    private Color commonest(ScreenClusters.Cluster c) {
        java.util.Map<Color, Integer> counts = new java.util.HashMap<>();
        Color best = CLUSTER_FILL;
        int bestN = 0;
        for (int i : c.members()) {
            Color col = features.get(i).symbol().fill();
            int n = counts.merge(col, 1, Integer::sum);
            if (n > bestN) {
                best = col;
                bestN = n;
            }
        }
        return best;
    }

    private static void drawHalo(GraphicsContext g, MapFeature f, ScreenClusters.Cluster c, MapViewport v) {
        if (f.radiusKm() <= 0) {
            return;
        }
        double r = f.radiusKm() * 1000 / WebMercator.metersPerPixel(f.lat(), v.zoom());
        if (r < f.symbol().size() * 1.5) {
            return;
        }
        Color col = f.symbol().fill();
        g.setFill(col.deriveColor(0, 1, 1, 0.12));
        g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
        g.setStroke(col.deriveColor(0, 1, 0.8, 0.8));
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
        g.setLineDashes(null);
    }

    /** Draws a symbol centred at (x, y); shared with the legend so both always agree. */
    public static void drawSymbol(GraphicsContext g, Symbol s, double x, double y) {
        double r = s.size() / 2;
        g.setFill(s.fill());
        g.setStroke(s.shape() == Symbol.Shape.DOT ? s.fill().darker() : Color.web("#1a1a1a"));
        g.setLineWidth(s.shape() == Symbol.Shape.DOT ? 0.8 : 1.4);
        switch (s.shape()) {
            case DIAMOND -> {
                double[] xs = {x, x + r * 1.2, x, x - r * 1.2};
                double[] ys = {y - r * 1.2, y, y + r * 1.2, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            default -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private static void drawBadge(GraphicsContext g, double x, double y, int n) {
        double r = 7;
        g.setFill(Color.WHITE);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.web("#1a1a1a"));
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        text(g, String.valueOf(n), x, y, Color.BLACK);
    }

    private static void text(GraphicsContext g, String s, double x, double y, Color c) {
        g.setFont(COUNT_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(c);
        g.fillText(s, x, y);
    }

    /** The features drawn under screen point (x, y) in the last frame, nearest item first; empty if none. */
    public List<MapFeature> hit(double x, double y) {
        ScreenClusters.Cluster best = null;
        double bestD = Double.MAX_VALUE;
        for (ScreenClusters.Cluster c : drawn) {
            double r = c.size() == 1 || c.sameSpot() ? features.get(c.members()[0]).symbol().size() / 2 + 4 : 14;
            double d = Math.hypot(c.x() - x, c.y() - y);
            if (d <= r && d < bestD) {
                best = c;
                bestD = d;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<MapFeature> out = new ArrayList<>(best.size());
        for (int i : best.members()) {
            out.add(features.get(i));
        }
        return out;
    }

    /** The clusters of the last frame (for tests and the snapshot's footnotes). */
    public List<ScreenClusters.Cluster> drawn() {
        return drawn;
    }
}
