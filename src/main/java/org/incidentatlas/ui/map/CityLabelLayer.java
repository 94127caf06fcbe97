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
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Place names over the basemap tiles, drawn per frame over the whole view (never cut at tile edges) and placed
 * greedily with collision boxes, so no two names and no name and symbol overlap. First the places of the
 * incidents on the map, each next to its symbol, busiest first; then cities, ranked within the view by size and
 * by closeness to the incidents ({@link LabelPlacer#cityScore}), up to a density that keeps the map readable.
 * Every name sits right of its dot, or left of it when the right is taken; otherwise it is left out.
 */
public final class CityLabelLayer extends AtlasLayer {
    private static final Font CAPITAL = Font.font("System", FontWeight.BOLD, 11);
    private static final Font CITY = Font.font("System", 10.5);
    private static final Font INCIDENT = Font.font("System", FontWeight.BOLD, 11.5);
    private static final Color INK = Color.web("#5a5a5a");
    private static final Color INCIDENT_INK = Color.web("#1f1f1f");
    private final Canvas canvas = new Canvas();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private List<CityLabel> labels = List.of();
    private SymbolLayer obstacles;
    private List<LabelPlacer.Placed> lastPlaced = List.of();
    private java.util.function.Supplier<List<double[]>> reserved = List::of;

    public CityLabelLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        setMouseTransparent(true);
    }

    public void setLabels(List<CityLabel> list) {
        labels = List.copyOf(list);
        markDirty();
    }

    /** Labels the places of this layer's symbols and keeps city names clear of them. */
    public void avoid(SymbolLayer symbols) {
        this.obstacles = symbols;
        markDirty();
    }

    /** Boxes (x, y, w, h) no name may cover: the legend, the scale bar. */
    public void reserve(java.util.function.Supplier<List<double[]>> boxes) {
        reserved = boxes;
        markDirty();
    }

    /** The names placed in the last frame (tests, the snapshot). */
    public List<LabelPlacer.Placed> placed() {
        return lastPlaced;
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        canvas.setWidth(v.width());
        canvas.setHeight(v.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        LabelPlacer placer = new LabelPlacer(v.width(), v.height(), this::width, 13);
        for (double[] b : reserved.get()) {
            placer.blockBox(b[0], b[1], b[2], b[3]);
        }
        List<LabelPlacer.Spot> incidents = new ArrayList<>();
        if (obstacles != null && obstacles.isVisible() && !obstacles.isDensity()) {
            double[] discs = obstacles.discs();
            List<ScreenClusters.Cluster> drawn = obstacles.drawn();
            List<MapFeature> features = obstacles.drawnFeatures();
            for (int k = 0; k < drawn.size(); k++) {
                double x = discs[3 * k];
                double y = discs[3 * k + 1];
                double r = discs[3 * k + 2];
                placer.block(x, y, r);
                String name = nameOf(drawn.get(k), features);
                if (name != null) {
                    incidents.add(new LabelPlacer.Spot(name, x, y, r, drawn.get(k).size()));
                }
            }
        }
        List<LabelPlacer.Placed> placed = new ArrayList<>(placer.placeIncidentPlaces(incidents));
        placed.addAll(placer.placeCities(labels, v, incidents));
        lastPlaced = List.copyOf(placed);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (LabelPlacer.Placed p : placed) {
            if (p.city() != null && p.dot()) {
                g.setFill(INK);
                if (p.city().capital()) {
                    g.fillRect(p.dotX() - 3, p.dotY() - 3, 6, 6);
                    g.setFill(Color.WHITE);
                    g.fillRect(p.dotX() - 1.5, p.dotY() - 1.5, 3, 3);
                } else {
                    g.fillOval(p.dotX() - 2.5, p.dotY() - 2.5, 5, 5);
                }
            }
            Font f = fontOf(p);
            g.setFont(f);
            g.setStroke(Color.rgb(255, 255, 255, 0.9));
            g.setLineWidth(3);
            g.strokeText(p.text(), p.x(), p.y());
            g.setFill(p.city() == null ? INCIDENT_INK : INK);
            g.fillText(p.text(), p.x(), p.y());
        }
    }

    /**
     * The name to write by a drawn item: its place's; for a cluster of several places the name that at least half
     * its events share (the spots of one town: its centre, its airport), else its places busiest first, "Albu Kamal ·
     * al-Mayadeen" for two or three, "Baghdad · Kirkuk +3" for more, so a cluster at a small scale still says what
     * it holds; null when no member has a name.
     */
    static String nameOf(ScreenClusters.Cluster c, List<MapFeature> features) {
        Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (int i : c.members()) {
            String name;
            try {
                name = features.get(i).placeName();
            } catch (IndexOutOfBoundsException stale) {
                continue; // clusters of the frame before a new extraction; the next layout has fresh ones
            }
            if (!name.isBlank()) {
                n.merge(name, 1, Integer::sum);
            }
        }
        if (n.isEmpty()) {
            return null;
        }
        List<String> busiest = n.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        if (2 * n.get(busiest.get(0)) >= c.size() || busiest.size() == 1) {
            return busiest.get(0);
        }
        if (busiest.size() <= 3) {
            return String.join(" \u00b7 ", busiest);
        }
        return busiest.get(0) + " \u00b7 " + busiest.get(1) + " +" + (busiest.size() - 2);
    }

    private static Font fontOf(LabelPlacer.Placed p) {
        return p.city() == null ? INCIDENT : p.city().capital() ? CAPITAL : CITY;
    }

    private double width(String text, int kind) {
        Font f = kind == 0 ? INCIDENT : kind == 1 ? CAPITAL : CITY;
        return widths.computeIfAbsent(kind + "|" + text, k -> {
            measure.setFont(f);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }
}
