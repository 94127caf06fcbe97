package org.incidentatlas.ui.map;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
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
    private PreparedFeatures prepared = PreparedFeatures.EMPTY;
    private List<MapFeature> features = List.of();
    // the shown features' prepared values, gathered once per change so that each frame reads dense arrays
    private double[] ux = new double[0];
    private double[] uy = new double[0];
    private int[] spot = new int[0];
    private int[] fill = new int[0];
    private List<ScreenClusters.Cluster> drawn = List.of();
    private long lastLayoutNanos;

    public SymbolLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** Shows these features (prepared here; a caller that shows subsets of one set often uses {@link #show}). */
    public void setFeatures(List<MapFeature> list) {
        show(PreparedFeatures.of(list), null);
    }

    /**
     * Shows the features of {@code set} at {@code indexes}, in that order ({@code null}: all of them). The order
     * is the clustering order, and {@link #features()} and the clusters' members follow it.
     */
    public void show(PreparedFeatures set, int[] indexes) {
        prepared = set;
        if (indexes == null) {
            features = set.features();
            ux = set.ux;
            uy = set.uy;
            spot = set.spot;
            fill = set.fill;
        } else {
            int[] at = indexes.clone();
            int n = at.length;
            ux = new double[n];
            uy = new double[n];
            spot = new int[n];
            fill = new int[n];
            for (int k = 0; k < n; k++) {
                int i = at[k];
                ux[k] = set.ux[i];
                uy[k] = set.uy[i];
                spot[k] = set.spot[i];
                fill[k] = set.fill[i];
            }
            features = new Subset(set.features(), at);
        }
        markDirty();
    }

    /** The features shown, in clustering order (a view: cheap to take, not to be kept across changes). */
    public List<MapFeature> features() {
        return features;
    }

    /**
     * Screen positions (x, y pairs) of the first {@code max} shown features inside the view grown by
     * {@code margin}, in feature order; read from the prepared coordinates, so no projection per feature.
     */
    public double[] positionsInView(MapViewport v, double margin, int max) {
        double world = WebMercator.worldSize(v.zoom());
        double[] out = new double[2 * Math.min(max, ux.length)];
        int k = 0;
        for (int i = 0; i < ux.length && k < out.length; i++) {
            double x = ux[i] * world - v.originX();
            double y = uy[i] * world - v.originY();
            if (x > -margin && y > -margin && x < v.width() + margin && y < v.height() + margin) {
                out[k++] = x;
                out[k++] = y;
            }
        }
        return java.util.Arrays.copyOf(out, k);
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
        int[] counts = new int[prepared.fills.length];
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
                g.setFill(commonest(c, counts).deriveColor(0, 1, 1, 0.9));
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

    private Color commonest(ScreenClusters.Cluster c, int[] counts) {
        int best = commonestFill(c.members(), fill, counts);
        return best < 0 ? CLUSTER_FILL : prepared.fills[best];
    }

    /**
     * The fill most members share (as {@code fill[member]}); on a tie the one that got there first, in member
     * order; -1 with no members. {@code counts} is scratch space, one slot per fill.
     */
    static int commonestFill(int[] members, int[] fill, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        int best = -1;
        int bestN = 0;
        for (int i : members) {
            int n = ++counts[fill[i]];
            if (n > bestN) {
                best = fill[i];
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
        if (s.style() == Symbol.Style.HOLLOW) {
            // not reported as fact: a ring in the type's colour around a white centre
            g.setFill(Color.WHITE);
            g.setStroke(s.fill().darker());
            g.setLineWidth(3);
            r -= 1;
        } else if (s.style() == Symbol.Style.FADED) {
            // background, told as context: the type's colour, faint
            g.setFill(s.fill().deriveColor(0, 1, 1, 0.35));
            g.setStroke(Color.web("#1a1a1a", 0.35));
        }
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

    /** Some of a list, by index, without copying it. */
    private static final class Subset extends AbstractList<MapFeature> implements RandomAccess {
        private final List<MapFeature> all;
        private final int[] at;

        Subset(List<MapFeature> all, int[] at) {
            this.all = all;
            this.at = at;
        }

        @Override
        public MapFeature get(int i) {
            return all.get(at[i]);
        }

        @Override
        public int size() {
            return at.length;
        }
    }
}
