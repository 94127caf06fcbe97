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
 * with its symbol, features at one place as a bigger symbol with a count, nearby features at different places as
 * a numbered cluster. Every disc's area is proportional to the events it stands for ({@link #radiusOf}), and no two
 * discs overlap: touching ones merge ({@link ScreenClusters#separate}). An area place's extent is drawn as its
 * first-level outline (a governorate), or as a faint disc clipped to the first-level area it lies in. A density
 * mode draws a heat map instead. One canvas instead of a node per feature keeps a frame of 10k features cheap.
 * Hit-testing uses what the last frame drew.
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
    /** The features the members of {@code drawn} index (the shown ones may have changed since that frame). */
    private List<MapFeature> drawnFeatures = List.of();
    private double drawnUnit = 6.5;
    private long lastLayoutNanos;
    /** Radius in pixels of one event's disc: the symbol size, smaller when one place holds very many events. */
    private double unitRadius = 6.5;
    private boolean density;

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
        double half = features.isEmpty() ? IncidentSymbology.SIZE / 2 : features.get(0).symbol().size() / 2;
        unitRadius = Math.min(half, unitRadius(spot));
        markDirty();
    }

    /** Largest disc radius in pixels; a disc for more events than fit is drawn at this size with its count. */
    static final double MAX_RADIUS = 40;
    static final double MIN_RADIUS = 3.5;

    /**
     * The radius of one event's disc: half the symbol size (6.5 px), or smaller when the busiest place holds so many
     * events that its disc would pass {@link #MAX_RADIUS}; fixed for a set, so that sizes compare across the map.
     */
    static double unitRadius(int[] spot) {
        java.util.Map<Integer, Integer> perSpot = new java.util.HashMap<>();
        int max = 1;
        for (int s : spot) {
            max = Math.max(max, perSpot.merge(s, 1, Integer::sum));
        }
        return Math.min(IncidentSymbology.SIZE / 2, MAX_RADIUS / Math.sqrt(max));
    }

    /** Area-true radius of a disc standing for {@code n} events: unit radius × √n, within the size limits. */
    public double radiusOf(int n) {
        return radiusOf(n, unitRadius);
    }

    static double radiusOf(int n, double unit) {
        return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, unit * Math.sqrt(Math.max(1, n))));
    }

    /** Switches between symbols (false, the default) and a density heat map of the same features. */
    public void setDensity(boolean on) {
        density = on;
        markDirty();
    }

    public boolean isDensity() {
        return density;
    }

    /** The discs of the last frame as x, y, radius triples (for label placement). */
    public double[] discs() {
        double[] out = new double[3 * drawn.size()];
        int k = 0;
        for (ScreenClusters.Cluster c : drawn) {
            out[k++] = c.x();
            out[k++] = c.y();
            out[k++] = radiusOf(c.size(), drawnUnit);
        }
        return out;
    }

    /** The features the clusters of the last frame index into ({@link #drawn()}). */
    public List<MapFeature> drawnFeatures() {
        return drawnFeatures;
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
            drawnFeatures = List.of();
            return;
        }
        if (density) {
            drawn = List.of();
            drawnFeatures = List.of();
            DensityRenderer.draw(g, ux, uy, v);
            lastLayoutNanos = System.nanoTime() - t0;
            return;
        }
        drawn = ScreenClusters.separate(ScreenClusters.of(ux, uy, spot, v, CLUSTER_RADIUS), spot, this::radiusOf, 2);
        drawnFeatures = features;
        drawnUnit = unitRadius;
        int[] counts = new int[prepared.fills.length];
        for (ScreenClusters.Cluster c : drawn) {
            if (c.size() == 1 || c.sameSpot()) {
                MapFeature f = features.get(c.members()[0]);
                AreaExtents.draw(g, f, c, v, radiusOf(c.size()));
            }
        }
        for (ScreenClusters.Cluster c : drawn) {
            double r = radiusOf(c.size());
            if (c.size() == 1 || c.sameSpot()) {
                MapFeature f = features.get(c.members()[0]);
                Symbol s = f.symbol();
                drawSymbol(g, new Symbol(s.fill(), s.shape(), 2 * r, s.style()), c.x(), c.y());
                if (c.size() > 1) {
                    if (r >= 9) {
                        text(g, String.valueOf(c.size()), c.x(), c.y(), s.style() == Symbol.Style.SOLID
                                ? contrast(s.fill()) : Color.BLACK);
                    } else {
                        drawBadge(g, c.x() + r * 0.9, c.y() - r * 0.9, c.size());
                    }
                }
            } else {
                // A ring in the colour of the commonest type keeps the mix readable before zooming in; the ring is
                // inside the disc, so the area drawn is still the area of the count.
                g.setFill(commonest(c, counts).deriveColor(0, 1, 1, 0.95));
                g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
                double in = Math.max(2, r - 3);
                g.setFill(CLUSTER_FILL.deriveColor(0, 1, 1, 0.9));
                g.fillOval(c.x() - in, c.y() - in, 2 * in, 2 * in);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.2);
                g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
                if (r >= 7) {
                    text(g, String.valueOf(c.size()), c.x(), c.y(), Color.WHITE);
                } else {
                    drawBadge(g, c.x() + r * 0.9, c.y() - r * 0.9, c.size());
                }
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

    private static Color contrast(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() > 0.6 ? Color.BLACK : Color.WHITE;
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
            double r = radiusOf(c.size(), drawnUnit) + 3;
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
            out.add(drawnFeatures.get(i));
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
